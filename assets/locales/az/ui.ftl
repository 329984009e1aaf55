# The page's own words (Azerbaijani, Latin script). Words the core also uses
# (vocabulary, undo steps, errors, export captions) are in core.ftl. Keys are
# listed by where they appear; a unit test (ui/tests/i18n.test.ts) checks that
# every key the page uses is here or in core.ftl.

app-name = Waymark
about-text = Waymark 0.1: müştəri səyahət xəritələri bir yerli faylda. Hesab və bulud lazım deyil.
dialog-cancel = Ləğv et
tooltip-with-key = { $name } ({ $key })
tooltip-nothing-to-undo = Geri alınacaq heç nə yoxdur
tooltip-nothing-to-redo = Təkrar ediləcək heç nə yoxdur

## Menus and actions

menu-file = Fayl
menu-edit = Redaktə
menu-view = Görünüş
menu-map = Xəritə
menu-language = Dil
menu-native-digits = Fars rəqəmləri (۱۲۳)
menu-native-calendar = Fars təqvimi
menu-help = Kömək
menu-recent = Son açılanlar

action-new = Yeni layihə…
action-open = Aç…
action-save-as = Fərqli saxla…
action-export = İxrac et…
action-close = Layihəni bağla
action-quit = Çıxış
action-undo = Geri al
action-undo-what = Geri al: { $what }
action-redo = Təkrar et
action-redo-what = Təkrar et: { $what }
action-cut = Kəs
action-copy = Kopyala
action-paste = Yapışdır
action-duplicate = Dublikat yarat
action-delete = Sil
action-select-all = Bütün kartları seç
action-edit-selection = Seçiləni redaktə et
action-deselect = Seçimi ləğv et
action-command-palette = Əmr paneli…
action-nudge-left = Sola köçür
action-nudge-right = Sağa köçür
action-nudge-up = Yuxarı köçür
action-nudge-down = Aşağı köçür
action-nav-up = Yuxarıdakını seç
action-nav-down = Aşağıdakını seç
action-nav-left = Soldakını seç
action-nav-right = Sağdakını seç
action-nav-next = Növbətini seç
action-nav-previous = Əvvəlkini seç
action-nav-first = İlk yeri seç
action-nav-last = Son yeri seç
action-zoom-in = Böyüt
action-zoom-out = Kiçilt
action-zoom-fit = Pəncərəyə sığdır
action-zoom-100 = Həqiqi ölçü
action-personas = Personalar paneli
action-fullscreen = Tam ekran
action-duplicate-future = Gələcək vəziyyət kimi dublikat yarat
action-add-stage = Mərhələ əlavə et
action-about = Waymark haqqında

## Command palette

palette-title = Əmrlər
palette-search = Əmr yazın
palette-nothing = Uyğun əmr yoxdur

## Toolbar and map header

toolbar-map = Xəritə
toolbar-new-map = Yeni xəritə…
toolbar-new-map-label = Şablondan yeni xəritə
toolbar-map-kind = Xəritənin növü
toolbar-fit = Sığdır
toolbar-personas = Personalar
toolbar-commands = Əmrlər
toolbar-new = Yeni…
toolbar-export = İxrac…
header-derived-from = mənbə: { $title }
header-derived-from-deleted = mənbə: silinmiş xəritə
header-no-persona = Bağlı persona yoxdur
future-state-title = { $title } (gələcək vəziyyət)

## The canvas

canvas-role = səyahət xəritəsi
canvas-label = Səyahət xəritəsi. Ox düymələri kartlar və xanalar arasında keçid edir, Enter redaktəyə başlayır, Delete silir, Ctrl+oxlar köçürür.
canvas-cells = Xəritənin xanaları
canvas-lanes = Zolaqlar
canvas-stages = Mərhələlər
canvas-card-role = kart
canvas-no-map = Bu layihədə hələ xəritə yoxdur. Yuxarıdakı Xəritə menyusundan yaradın.
editor-card = Kartın mətni
editor-new-card = Yeni kartın mətni
editor-name-stage = Mərhələnin adı
editor-name-step = Addımın adı
editor-name-lane = Zolağın adı
editor-hint = Bitirmək üçün Ctrl+Enter və ya Esc
resize-width = En: { $size }
resize-height = Hündürlük: { $size }
default-stage-name = Yeni mərhələ
default-step-name = Addım { $n }
default-persona-name = Yeni persona

## What screen readers hear

describe-card = { $what }. { $lane }, { $column }
describe-card-missing = Kart
describe-column-step = { $stage }, { $step }
describe-picture = Şəkil
describe-empty-card = Boş kart
describe-channel = kanal { $channel }
describe-severity = ciddilik { $level }
describe-impact = təsir { $level }
describe-effort = səy { $level }
describe-metric = { $name }: indi { $current }, hədəf { $target } { $unit }
describe-owner = məsul { $owner }
describe-cards-selected = { $count } kart seçilib
describe-empty-place = boş xana. { $lane }, { $column }
describe-no-emotion = emosiya nöqtəsi yoxdur. { $lane }, { $column }
describe-emotion = emosiya { $value }{ $critical ->
    [yes] , kritik an
   *[no] {""}
}. { $lane }, { $column }
describe-stage = Mərhələ: { $name }
describe-step = Addım: { $name }
describe-lane = Zolaq: { $name } ({ $kind })

## Palette

palette-label = Palitra
palette-add-lane = Zolaq əlavə et
palette-lane-tip = Sona əlavə etmək üçün klikləyin və ya xəritəyə sürükləyin
palette-touchpoints = Əlaqə nöqtələri
palette-channel-name = Əlaqə nöqtəsi: { $channel }
palette-channel-tip = { $channel }: əlaqə nöqtəsi xanasına və ya kartına sürükləyin
palette-channel-select-first = Əvvəlcə əlaqə nöqtəsi kartını seçin və ya ikonu əlaqə nöqtəsi xanasına sürükləyin.
palette-channel-where = İkonu əlaqə nöqtəsi xanasına sürükləyin və ya əvvəlcə əlaqə nöqtəsi kartını ya xanasını seçin.

## Inspector

inspector-title = Xassələr
inspector-cards = { $count } kart
inspector-card = Kart
inspector-in-lane = zolaq: { $lane }
inspector-text = Mətn
inspector-none = Yoxdur
inspector-not-rated = Qiymətləndirilməyib
inspector-metric-current = Cari
inspector-metric-target = Hədəf
inspector-metric-unit = Vahid
inspector-metric-unit-hint = %, gün, /5…
inspector-choose-picture = Şəkil seç…
inspector-replace-picture = Şəkli dəyiş…
inspector-remove-picture = Şəkli sil
inspector-alt = Alternativ mətn
inspector-colour = Rəng
inspector-colour-named = Rəng: { $colour }
inspector-lane-colour = Zolağın rəngi
inspector-default-colour = Standart
inspector-header-colour = Başlığın rəngi
inspector-edit-on-map = Xəritədə redaktə et
inspector-delete-card = Kartı sil
inspector-delete-cards = { $count } kartı sil
inspector-stage = Mərhələ
inspector-step = Addım
inspector-lane = Zolaq
inspector-map = Xəritə
inspector-name = Ad
inspector-description = Təsvir
inspector-width = En
inspector-height = Hündürlük
inspector-kind = Növ
inspector-map-language = Xəritənin dili
inspector-map-language-project = Layihənin dili ({ $language })
inspector-map-language-unset = Seçilməyib
inspector-map-flow = İstiqamət
inspector-move-left = Sola köçür
inspector-move-right = Sağa köçür
inspector-move-up = Yuxarı köçür
inspector-move-down = Aşağı köçür
inspector-add-stage-after = Bundan sonra mərhələ əlavə et
inspector-add-step = Addım əlavə et
inspector-add-step-after = Bundan sonra addım əlavə et
inspector-delete-stage = Mərhələni sil
inspector-delete-step = Addımı sil
inspector-delete-lane = Zolağı sil
inspector-emotion = Emosiya
inspector-emotion-scale = Müştəri özünü necə hiss edir
inspector-critical = Kritik an (həqiqət anı)
inspector-note = Qeyd
inspector-clear-point = Nöqtəni sil
inspector-no-point = Hələ nöqtə yoxdur: dəyər seçin, zolağa iki dəfə klikləyin və ya zolaqda sürükləyin.
inspector-empty-place = Boş xana
inspector-add-card = Kart əlavə et (Enter)
inspector-title-field = Başlıq
inspector-scenario = Ssenari
inspector-business-goal = Biznes məqsədi
inspector-last-reviewed = Son baxış
inspector-reviewed-today = Bu gün baxılıb
inspector-pick-date = Tarix seç…
inspector-clear-date = Tarixi sil
inspector-map-personas = Bu xəritənin personaları
inspector-no-personas = Hələ persona yoxdur: yaratmaq üçün Personalar panelini açın.
inspector-hint = Burada redaktə etmək üçün kart, xana, mərhələ başlığı və ya zolaq başlığı seçin.
inspector-delete-map = Bu xəritəni sil
inspector-read-only = Bu görünüş yalnız oxumaq üçündür.

## Personas panel

personas-title = Personalar
personas-new = Yeni persona
personas-list = Bu layihənin personaları
personas-on-map = bu xəritədə
personas-link = Bu xəritədə göstər ({ $map })
personas-linked = Bu xəritədə göstərilir ({ $map })
personas-drop-photo = Fotonu bura atın
personas-choose-photo = Foto seç…
personas-replace-photo = Fotonu dəyiş…
personas-remove-photo = Fotonu sil
personas-one-per-line = Hər sətirdə bir element
personas-delete = Personanı sil
personas-empty = Persona xəritənin bəhs etdiyi müştəridir: adı, fotosu, sitatı, kim olduğu və nə istədiyi.
persona-photo-of = Foto: { $name }
persona-group-demographics = Demoqrafiya
persona-group-geography = Coğrafiya
persona-group-buying = Alış davranışı
persona-group-psychographics = Psixoqrafika
persona-group-segment = Seqment

## Start screen

start-new-project = Yeni layihə
start-lead = Müştəri səyahət xəritələri kompüterinizdə bir faylda. Hesab və bulud lazım deyil.
start-templates = Şablondan başla
start-open = Layihə aç…
start-recent = Son açılanlar
start-recent-missing = { $path } (köçürülüb və ya silinib)

## Export dialog

export-title = İxrac
export-format = Format
export-format-pdf = PDF (vektor, axtarıla bilən mətn)
export-format-png = PNG şəkli
export-what = Nə
export-this-map = Bu xəritə
export-every-map = Layihənin bütün xəritələri
export-persona-pages = Hər persona üçün bir səhifə
export-paper = Kağız
export-paper-fit = Məzmuna uyğun (hər xəritəyə bir səhifə)
export-paper-a4 = A4
export-paper-a3 = A3
export-paper-letter = Letter
export-paper-tabloid = Tabloid
export-orientation = Oriyentasiya
export-landscape = Albom
export-portrait = Kitab
export-size = Kağızda ölçü
export-scale-to-page = Bir səhifəyə sığdır
export-poster = Səhifələr üzrə tam ölçü (poster)
export-scale = Miqyas
export-scale-option = { $scale }x ({ $dpi } dpi)
export-transparent = Şəffaf fon
export-progress = İxracın gedişi
export-go = İxrac et…
export-preview = Önbaxış
export-preview-alt = İxrac edilən xəritənin önbaxışı
export-preparing = Önbaxış hazırlanır…
export-summary-png = { $width } × { $height } piksel, { $scale }x, { $dpi } dpi
export-summary-fit = { $pages ->
    [one] 1 səhifə, xəritənin ölçüsündə
   *[other] { $pages } səhifə, hər biri öz xəritəsinin ölçüsündə
}
export-summary-paper = { $pages ->
    [one] 1 səhifə
   *[other] { $pages } səhifə
}, { $paper }, { $orientation ->
    [landscape] albom
   *[portrait] kitab
}

## Messages

toast-dismiss = Bağla
toast-saved-copy = Kopya saxlanıldı: { $file }; indi kopyanı redaktə edirsiniz.
toast-exported = İxrac edildi: { $path } ({ $kb } KB).
toast-copied = { $count ->
    [one] 1 kart kopyalandı.
   *[other] { $count } kart kopyalandı.
}
toast-paste-nowhere = Yanına yapışdırmaq üçün xana və ya kart seçin.
toast-undone = Geri alındı: { $what }
toast-redone = Təkrar edildi: { $what }
toast-changed-elsewhere = { $what }, “{ $map }” xəritəsində
toast-drop-picture-where = Şəkli personanın fotosunun üzərinə və ya şəkil saxlayan zolağın xanasına atın.
toast-drop-what = Waymark .waymark layihələrini və PNG və ya JPEG şəkillərini açır.

## Persona fields in the panel

persona-field-name = Ad
persona-field-quote = Sitat
persona-field-age = Yaş
persona-field-gender = Cins
persona-field-occupation = Peşə
persona-field-income = Gəlir
persona-field-family = Ailə vəziyyəti
persona-field-education = Təhsil
persona-field-region = Region
persona-field-frequency = Nə qədər tez-tez alış edir
persona-field-decision-time = Qərar vermək üçün nə qədər vaxt lazımdır
persona-field-triggers = Alışa nə təkan verir
persona-field-values = Dəyərlər
persona-field-lifestyle = Həyat tərzi
persona-field-segment = Seqment
persona-field-goals = Məqsədlər
persona-field-motivations = Motivlər
persona-field-frustrations = Narazılıqlar
