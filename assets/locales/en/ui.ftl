# The page's own words (English). Words the core also uses (vocabulary,
# undo steps, errors, export captions) are in core.ftl. Keys are listed by
# where they appear; a unit test (ui/tests/i18n.test.ts) checks that every
# key the page uses is here or in core.ftl.

app-name = Waymark
about-text = Waymark 0.1: customer journey maps in one local file. No account, no cloud.
dialog-cancel = Cancel
tooltip-with-key = { $name } ({ $key })
tooltip-nothing-to-undo = Nothing to undo
tooltip-nothing-to-redo = Nothing to redo

## Menus and actions

menu-file = File
menu-edit = Edit
menu-view = View
menu-map = Map
menu-language = Language
menu-native-digits = Persian digits (۱۲۳)
menu-native-calendar = Persian calendar
menu-help = Help
menu-recent = Open Recent

action-new = New project…
action-open = Open…
action-save-as = Save As…
action-export = Export…
action-close = Close project
action-quit = Quit
action-undo = Undo
action-undo-what = Undo { $what }
action-redo = Redo
action-redo-what = Redo { $what }
action-cut = Cut
action-copy = Copy
action-paste = Paste
action-duplicate = Duplicate
action-delete = Delete
action-select-all = Select all cards
action-edit-selection = Edit selection
action-deselect = Clear selection
action-command-palette = Command palette…
action-nudge-left = Move left
action-nudge-right = Move right
action-nudge-up = Move up
action-nudge-down = Move down
action-nav-up = Select above
action-nav-down = Select below
action-nav-left = Select left
action-nav-right = Select right
action-nav-next = Select next
action-nav-previous = Select previous
action-nav-first = Select first place
action-nav-last = Select last place
action-zoom-in = Zoom in
action-zoom-out = Zoom out
action-zoom-fit = Zoom to fit
action-zoom-100 = Actual size
action-personas = Personas panel
action-fullscreen = Full screen
action-duplicate-future = Duplicate as future state
action-add-stage = Add stage
action-about = About Waymark

## Command palette

palette-title = Commands
palette-search = Type a command
palette-nothing = No command matches

## Toolbar and map header

toolbar-map = Map
toolbar-new-map = New map…
toolbar-new-map-label = New map from a template
toolbar-map-kind = Kind of map
toolbar-fit = Fit
toolbar-personas = Personas
toolbar-commands = Commands
toolbar-new = New…
toolbar-export = Export…
header-derived-from = from { $title }
header-derived-from-deleted = from a deleted map
header-no-persona = No persona linked
future-state-title = { $title } (future state)

## The canvas

canvas-role = journey map
canvas-label = Journey map. Arrow keys move between cards and cells, Enter edits, Delete deletes, Ctrl+arrows move.
canvas-cells = Cells of the map
canvas-lanes = Lanes
canvas-stages = Stages
canvas-card-role = card
canvas-no-map = This project has no map yet. Create one from the Map menu above.
editor-card = Card text
editor-new-card = New card text
editor-name-stage = Name of the stage
editor-name-step = Name of the step
editor-name-lane = Name of the lane
editor-hint = Ctrl+Enter or Esc to finish
resize-width = Width: { $size }
resize-height = Height: { $size }
default-stage-name = New stage
default-step-name = Step { $n }
default-persona-name = New persona

## What screen readers hear

describe-card = { $what }. { $lane }, { $column }
describe-card-missing = Card
describe-column-step = { $stage }, { $step }
describe-picture = Picture
describe-empty-card = Empty card
describe-channel = channel { $channel }
describe-severity = { $level } severity
describe-impact = impact { $level }
describe-effort = effort { $level }
describe-metric = { $name } { $current } now, { $target } target { $unit }
describe-owner = owner { $owner }
describe-cards-selected = { $count } cards selected
describe-empty-place = empty cell. { $lane }, { $column }
describe-no-emotion = no emotion point. { $lane }, { $column }
describe-emotion = emotion { $value }{ $critical ->
    [yes] , critical moment
   *[no] {""}
}. { $lane }, { $column }
describe-stage = Stage { $name }
describe-step = Step { $name }
describe-lane = Lane { $name } ({ $kind })

## Palette

palette-label = Palette
palette-add-lane = Add a lane
palette-lane-tip = Click to add at the bottom, or drag into the map
palette-touchpoints = Touchpoints
palette-channel-name = { $channel } touchpoint
palette-channel-tip = { $channel }: drag onto a touchpoint cell or card
palette-channel-select-first = Select a touchpoint card first, or drag the icon onto a touchpoint cell.
palette-channel-where = Drag the icon onto a touchpoint cell, or select a touchpoint card or cell first.

## Inspector

inspector-title = Inspector
inspector-cards = { $count } cards
inspector-card = Card
inspector-in-lane = in { $lane }
inspector-text = Text
inspector-none = None
inspector-not-rated = Not rated
inspector-metric-current = Current
inspector-metric-target = Target
inspector-metric-unit = Unit
inspector-metric-unit-hint = %, days, /5…
inspector-choose-picture = Choose picture…
inspector-replace-picture = Replace picture…
inspector-remove-picture = Remove picture
inspector-alt = Alternative text
inspector-colour = Colour
inspector-colour-named = Colour { $colour }
inspector-lane-colour = Lane colour
inspector-default-colour = Default
inspector-header-colour = Header colour
inspector-edit-on-map = Edit on map
inspector-delete-card = Delete card
inspector-delete-cards = Delete { $count } cards
inspector-stage = Stage
inspector-step = Step
inspector-lane = Lane
inspector-map = Map
inspector-name = Name
inspector-description = Description
inspector-width = Width
inspector-height = Height
inspector-kind = Kind
inspector-map-language = Language of the map
inspector-map-language-project = Project's language ({ $language })
inspector-map-language-unset = Not set
inspector-map-flow = Direction
inspector-move-left = Move left
inspector-move-right = Move right
inspector-move-up = Move up
inspector-move-down = Move down
inspector-add-stage-after = Add stage after
inspector-add-step = Add step
inspector-add-step-after = Add step after
inspector-delete-stage = Delete stage
inspector-delete-step = Delete step
inspector-delete-lane = Delete lane
inspector-emotion = Emotion
inspector-emotion-scale = How the customer feels
inspector-critical = Critical moment (moment of truth)
inspector-note = Note
inspector-clear-point = Clear point
inspector-no-point = No point yet: pick a value, double-click the lane, or drag in it.
inspector-empty-place = Empty place
inspector-add-card = Add card (Enter)
inspector-title-field = Title
inspector-scenario = Scenario
inspector-business-goal = Business goal
inspector-last-reviewed = Last reviewed
inspector-reviewed-today = Reviewed today
inspector-pick-date = Pick a date…
inspector-clear-date = Clear date
inspector-map-personas = Personas on this map
inspector-no-personas = No personas yet: open the Personas panel to create one.
inspector-hint = Select a card, a cell, a stage header or a lane header to edit it here.
inspector-delete-map = Delete this map
inspector-read-only = This view is read-only.

## Personas panel

personas-title = Personas
personas-new = New persona
personas-list = Personas of this project
personas-on-map = on this map
personas-link = Show on this map ({ $map })
personas-linked = Shown on this map ({ $map })
personas-drop-photo = Drop a photo here
personas-choose-photo = Choose photo…
personas-replace-photo = Replace photo…
personas-remove-photo = Remove photo
personas-one-per-line = One per line
personas-delete = Delete persona
personas-empty = A persona is the customer the map is about: name, photo, quote, who they are and what they want.
persona-photo-of = Photo of { $name }
persona-group-demographics = Demographics
persona-group-geography = Geography
persona-group-buying = Buying behaviour
persona-group-psychographics = Psychographics
persona-group-segment = Segment

## Start screen

start-new-project = New project
start-lead = Customer journey maps in one file on your computer. No account, no cloud.
start-templates = Start from a template
start-open = Open a project…
start-recent = Recent
start-recent-missing = { $path } (moved or deleted)

## Export dialog

export-title = Export
export-format = Format
export-format-pdf = PDF (vector, searchable text)
export-format-png = PNG image
export-what = What
export-this-map = This map
export-every-map = Every map of the project
export-persona-pages = A page per persona
export-paper = Paper
export-paper-fit = Fit to content (one page per map)
export-paper-a4 = A4
export-paper-a3 = A3
export-paper-letter = Letter
export-paper-tabloid = Tabloid
export-orientation = Orientation
export-landscape = Landscape
export-portrait = Portrait
export-size = Size on paper
export-scale-to-page = Scale to fit one page
export-poster = Full size across pages (poster)
export-scale = Scale
export-scale-option = { $scale }x ({ $dpi } dpi)
export-transparent = Transparent background
export-progress = Export progress
export-go = Export…
export-preview = Preview
export-preview-alt = Preview of the exported map
export-preparing = Preparing the preview…
export-summary-png = { $width } × { $height } pixels at { $scale }x, { $dpi } dpi
export-summary-fit = { $pages ->
    [one] 1 page, the size of its map
   *[other] { $pages } pages, each the size of its map
}
export-summary-paper = { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $paper } { $orientation ->
    [landscape] landscape
   *[portrait] portrait
}

## Messages

toast-dismiss = Dismiss
toast-saved-copy = Saved a copy as { $file }; you are now editing the copy.
toast-exported = Exported { $path } ({ $kb } KB).
toast-copied = { $count ->
    [one] Copied 1 card.
   *[other] Copied { $count } cards.
}
toast-paste-nowhere = Select a cell or a card to paste next to.
toast-undone = Undone: { $what }
toast-redone = Redone: { $what }
toast-changed-elsewhere = { $what }, on the map “{ $map }”
toast-drop-picture-where = Drop a picture on a persona's photo or on a cell of a lane that holds pictures.
toast-drop-what = Waymark opens .waymark projects and PNG or JPEG pictures.

## Persona fields in the panel

persona-field-name = Name
persona-field-quote = Quote
persona-field-age = Age
persona-field-gender = Gender
persona-field-occupation = Occupation
persona-field-income = Income
persona-field-family = Family
persona-field-education = Education
persona-field-region = Region
persona-field-frequency = How often they buy
persona-field-decision-time = How long they take to decide
persona-field-triggers = What triggers a purchase
persona-field-values = Values
persona-field-lifestyle = Lifestyle
persona-field-segment = Segment
persona-field-goals = Goals
persona-field-motivations = Motivations
persona-field-frustrations = Frustrations
