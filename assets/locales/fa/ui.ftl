# The page's own words in Persian (fa). Words the core also uses (vocabulary,
# undo steps, errors, export captions) are in core.ftl. Keys are listed by
# where they appear; a unit test (ui/tests/i18n.test.ts) checks that every
# key the page uses is here or in core.ftl.

app-name = Waymark
about-text = برنامه Waymark نسخه ۰٫۱: نقشه‌های سفر مشتری در یک فایل محلی. بدون حساب کاربری، بدون فضای ابری.
dialog-cancel = لغو
tooltip-with-key = { $name } ({ $key })
tooltip-nothing-to-undo = چیزی برای واگرد نیست
tooltip-nothing-to-redo = چیزی برای انجام مجدد نیست

## Menus and actions

menu-file = فایل
menu-edit = ویرایش
menu-view = نما
menu-map = نقشه
menu-language = زبان
menu-native-digits = ارقام فارسی (۱۲۳)
menu-native-calendar = تقویم هجری خورشیدی
menu-help = راهنما
menu-recent = باز کردن موارد اخیر

action-new = پروژه جدید…
action-open = باز کردن…
action-save-as = ذخیره به‌عنوان…
action-export = خروجی گرفتن…
action-close = بستن پروژه
action-quit = خروج
action-undo = واگرد
action-undo-what = واگرد { $what }
action-redo = انجام مجدد
action-redo-what = انجام مجدد { $what }
action-cut = برش
action-copy = کپی
action-paste = چسباندن
action-duplicate = تکثیر
action-delete = حذف
action-select-all = انتخاب همه کارت‌ها
action-edit-selection = ویرایش موارد انتخاب‌شده
action-deselect = لغو انتخاب
action-command-palette = پالت فرمان‌ها…
action-nudge-left = جابه‌جایی به چپ
action-nudge-right = جابه‌جایی به راست
action-nudge-up = جابه‌جایی به بالا
action-nudge-down = جابه‌جایی به پایین
action-nav-up = انتخاب مورد بالا
action-nav-down = انتخاب مورد پایین
action-nav-left = انتخاب مورد چپ
action-nav-right = انتخاب مورد راست
action-nav-next = انتخاب مورد بعدی
action-nav-previous = انتخاب مورد قبلی
action-nav-first = انتخاب اولین جایگاه
action-nav-last = انتخاب آخرین جایگاه
action-zoom-in = بزرگ‌نمایی
action-zoom-out = کوچک‌نمایی
action-zoom-fit = بزرگ‌نمایی متناسب با صفحه
action-zoom-100 = اندازه واقعی
action-personas = پنل پرسوناها
action-fullscreen = تمام‌صفحه
action-duplicate-future = تکثیر به‌عنوان وضعیت آینده
action-add-stage = افزودن مرحله
action-about = درباره Waymark

## Command palette

palette-title = فرمان‌ها
palette-search = فرمانی را تایپ کنید
palette-nothing = هیچ فرمانی پیدا نشد

## Toolbar and map header

toolbar-map = نقشه
toolbar-new-map = نقشه جدید…
toolbar-new-map-label = نقشه جدید از روی الگو
toolbar-map-kind = نوع نقشه
toolbar-fit = متناسب
toolbar-personas = پرسوناها
toolbar-commands = فرمان‌ها
toolbar-new = جدید…
toolbar-export = خروجی گرفتن…
header-derived-from = برگرفته از { $title }
header-derived-from-deleted = برگرفته از نقشه‌ای حذف‌شده
header-no-persona = پرسونایی پیوند داده نشده است
future-state-title = { $title } (وضعیت آینده)

## The canvas

canvas-role = نقشه سفر
canvas-label = نقشه سفر. با کلیدهای جهت‌نما بین کارت‌ها و خانه‌ها حرکت کنید؛ Enter برای ویرایش، Delete برای حذف و Ctrl+جهت‌نماها برای جابه‌جایی.
canvas-cells = خانه‌های نقشه
canvas-lanes = ردیف‌ها
canvas-stages = مراحل
canvas-card-role = کارت
canvas-no-map = این پروژه هنوز نقشه‌ای ندارد. از منوی «نقشه» در بالا یکی بسازید.
editor-card = متن کارت
editor-new-card = متن کارت جدید
editor-name-stage = نام مرحله
editor-name-step = نام گام
editor-name-lane = نام ردیف
editor-hint = برای پایان، Ctrl+Enter یا Esc
resize-width = عرض: { $size }
resize-height = ارتفاع: { $size }
default-stage-name = مرحله جدید
default-step-name = گام { $n }
default-persona-name = پرسونای جدید

## What screen readers hear

describe-card = { $what }. { $lane }، { $column }
describe-card-missing = کارت
describe-column-step = { $stage }، { $step }
describe-picture = تصویر
describe-empty-card = کارت خالی
describe-channel = کانال { $channel }
describe-severity = شدت { $level }
describe-impact = تأثیر { $level }
describe-effort = تلاش { $level }
describe-metric = { $name }: اکنون { $current }، هدف { $target } { $unit }
describe-owner = مسئول: { $owner }
describe-cards-selected = { $count } کارت انتخاب شده است
describe-empty-place = خانه خالی. { $lane }، { $column }
describe-no-emotion = بدون نقطه احساس. { $lane }، { $column }
describe-emotion = احساس { $value }{ $critical ->
    [yes] ، لحظه حساس
   *[no] {""}
}. { $lane }، { $column }
describe-stage = مرحله { $name }
describe-step = گام { $name }
describe-lane = ردیف { $name } ({ $kind })

## Palette

palette-label = پالت
palette-add-lane = افزودن ردیف
palette-lane-tip = برای افزودن در پایین کلیک کنید یا آن را به داخل نقشه بکشید
palette-touchpoints = نقاط تماس
palette-channel-name = نقطه تماس { $channel }
palette-channel-tip = { $channel }: روی خانه یا کارت نقطه تماس بکشید
palette-channel-select-first = ابتدا یک کارت نقطه تماس را انتخاب کنید یا نماد را روی یک خانه نقطه تماس بکشید.
palette-channel-where = نماد را روی یک خانه نقطه تماس بکشید یا ابتدا یک کارت یا خانه نقطه تماس را انتخاب کنید.

## Inspector

inspector-title = ویژگی‌ها
inspector-cards = { $count } کارت
inspector-card = کارت
inspector-in-lane = در { $lane }
inspector-text = متن
inspector-none = هیچ‌کدام
inspector-not-rated = ارزیابی نشده
inspector-metric-current = فعلی
inspector-metric-target = هدف
inspector-metric-unit = واحد
inspector-metric-unit-hint = ٪، روز، /۵…
inspector-choose-picture = انتخاب تصویر…
inspector-replace-picture = جایگزینی تصویر…
inspector-remove-picture = برداشتن تصویر
inspector-alt = متن جایگزین
inspector-colour = رنگ
inspector-colour-named = رنگ { $colour }
inspector-lane-colour = رنگ ردیف
inspector-default-colour = پیش‌فرض
inspector-header-colour = رنگ سرستون
inspector-edit-on-map = ویرایش روی نقشه
inspector-delete-card = حذف کارت
inspector-delete-cards = حذف { $count } کارت
inspector-stage = مرحله
inspector-step = گام
inspector-lane = ردیف
inspector-map = نقشه
inspector-name = نام
inspector-description = توضیحات
inspector-width = عرض
inspector-height = ارتفاع
inspector-kind = نوع
inspector-map-language = زبان نقشه
inspector-map-language-project = زبان پروژه ({ $language })
inspector-map-language-unset = تعیین نشده
inspector-map-flow = جهت
inspector-move-left = جابه‌جایی به چپ
inspector-move-right = جابه‌جایی به راست
inspector-move-up = جابه‌جایی به بالا
inspector-move-down = جابه‌جایی به پایین
inspector-add-stage-after = افزودن مرحله پس از این
inspector-add-step = افزودن گام
inspector-add-step-after = افزودن گام پس از این
inspector-delete-stage = حذف مرحله
inspector-delete-step = حذف گام
inspector-delete-lane = حذف ردیف
inspector-emotion = احساس
inspector-emotion-scale = مشتری چه احساسی دارد
inspector-critical = لحظه حساس (لحظه حقیقت)
inspector-note = یادداشت
inspector-clear-point = پاک کردن نقطه
inspector-no-point = هنوز نقطه‌ای نیست: مقداری انتخاب کنید، روی ردیف دوبار کلیک کنید یا درون آن بکشید.
inspector-empty-place = جایگاه خالی
inspector-add-card = افزودن کارت (Enter)
inspector-title-field = عنوان
inspector-scenario = سناریو
inspector-business-goal = هدف کسب‌وکار
inspector-last-reviewed = آخرین بازبینی
inspector-reviewed-today = ثبت بازبینی امروز
inspector-pick-date = انتخاب تاریخ…
inspector-clear-date = پاک کردن تاریخ
inspector-map-personas = پرسوناهای این نقشه
inspector-no-personas = هنوز پرسونایی نیست: برای ساختن پرسونا، پنل پرسوناها را باز کنید.
inspector-hint = یک کارت، خانه، عنوان مرحله یا عنوان ردیف را انتخاب کنید تا آن را اینجا ویرایش کنید.
inspector-delete-map = حذف این نقشه
inspector-read-only = این نما فقط‌خواندنی است.

## Personas panel

personas-title = پرسوناها
personas-new = پرسونای جدید
personas-list = پرسوناهای این پروژه
personas-on-map = در این نقشه
personas-link = نمایش در این نقشه ({ $map })
personas-linked = در این نقشه نمایش داده می‌شود ({ $map })
personas-drop-photo = عکس را اینجا رها کنید
personas-choose-photo = انتخاب عکس…
personas-replace-photo = جایگزینی عکس…
personas-remove-photo = برداشتن عکس
personas-one-per-line = هر مورد در یک سطر
personas-delete = حذف پرسونا
personas-empty = پرسونا همان مشتری‌ای است که نقشه درباره اوست: نام، عکس، نقل‌قول، اینکه کیست و چه می‌خواهد.
persona-photo-of = عکس { $name }
persona-group-demographics = مشخصات جمعیتی
persona-group-geography = جغرافیا
persona-group-buying = رفتار خرید
persona-group-psychographics = مشخصات روان‌شناختی
persona-group-segment = بخش بازار

## Start screen

start-new-project = پروژه جدید
start-lead = نقشه‌های سفر مشتری در یک فایل روی رایانه شما. بدون حساب کاربری، بدون فضای ابری.
start-templates = شروع از یک الگو
start-open = باز کردن پروژه…
start-recent = موارد اخیر
start-recent-missing = { $path } (جابه‌جا یا حذف شده)

## Export dialog

export-title = خروجی گرفتن
export-format = قالب
export-format-pdf = PDF (برداری، با متن قابل جست‌وجو)
export-format-png = تصویر PNG
export-what = محتوا
export-this-map = این نقشه
export-every-map = همه نقشه‌های پروژه
export-persona-pages = یک صفحه برای هر پرسونا
export-paper = کاغذ
export-paper-fit = متناسب با محتوا (یک صفحه برای هر نقشه)
export-paper-a4 = A4
export-paper-a3 = A3
export-paper-letter = Letter
export-paper-tabloid = Tabloid
export-orientation = جهت
export-landscape = افقی
export-portrait = عمودی
export-size = اندازه روی کاغذ
export-scale-to-page = جا دادن در یک صفحه
export-poster = اندازه کامل در چند صفحه (پوستر)
export-scale = مقیاس
export-scale-option = { $scale } برابر ({ $dpi } dpi)
export-transparent = پس‌زمینه شفاف
export-progress = پیشرفت خروجی گرفتن
export-go = خروجی گرفتن…
export-preview = پیش‌نمایش
export-preview-alt = پیش‌نمایش نقشه خروجی
export-preparing = در حال آماده‌سازی پیش‌نمایش…
export-summary-png = { $width } × { $height } پیکسل با مقیاس { $scale } برابر، { $dpi } dpi
export-summary-fit = { $pages ->
    [one] یک صفحه، به اندازه نقشه‌اش
   *[other] { $pages } صفحه، هر کدام به اندازه نقشه خودش
}
export-summary-paper = { $pages ->
    [one] یک صفحه
   *[other] { $pages } صفحه
}، { $paper } { $orientation ->
    [landscape] افقی
   *[portrait] عمودی
}

## Messages

toast-dismiss = بستن
toast-saved-copy = یک نسخه با نام { $file } ذخیره شد؛ اکنون در حال ویرایش همین نسخه هستید.
toast-exported = خروجی در { $path } ذخیره شد ({ $kb } کیلوبایت).
toast-copied = { $count ->
    [one] یک کارت کپی شد.
   *[other] { $count } کارت کپی شد.
}
toast-paste-nowhere = خانه یا کارتی را انتخاب کنید تا کنار آن چسبانده شود.
toast-undone = واگرد شد: { $what }
toast-redone = دوباره انجام شد: { $what }
toast-changed-elsewhere = { $what }، در نقشه «{ $map }»
toast-drop-picture-where = تصویر را روی عکس یک پرسونا یا روی خانه‌ای از ردیفی که تصویر می‌گیرد رها کنید.
toast-drop-what = در Waymark می‌توان پروژه‌های .waymark و تصاویر PNG یا JPEG را باز کرد.

## Persona fields in the panel

persona-field-name = نام
persona-field-quote = نقل‌قول
persona-field-age = سن
persona-field-gender = جنسیت
persona-field-occupation = شغل
persona-field-income = درآمد
persona-field-family = خانواده
persona-field-education = تحصیلات
persona-field-region = منطقه
persona-field-frequency = هر چند وقت یک‌بار خرید می‌کند
persona-field-decision-time = تصمیم‌گیری‌اش چقدر طول می‌کشد
persona-field-triggers = چه چیزی او را به خرید وامی‌دارد
persona-field-values = ارزش‌ها
persona-field-lifestyle = سبک زندگی
persona-field-segment = بخش بازار
persona-field-goals = اهداف
persona-field-motivations = انگیزه‌ها
persona-field-frustrations = ناکامی‌ها
