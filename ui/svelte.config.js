// Svelte compiles the components; TypeScript in <script lang="ts"> is stripped
// by Svelte itself, and svelte-check type-checks it.
export default {
  compilerOptions: { runes: true },
};
