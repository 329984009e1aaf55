# Waymark's core catalog in Persian (fa): everything the Rust side says to people.
#
# Keys are stable identifiers shared with the page (`ui.ftl` holds the page's
# own words). Arguments are strings, numbers or other messages (rendered
# first). Errors nest ("import refused: image …: …"), so each error sentence
# is written to read well after a colon. Numbers from arguments are formatted
# by the app; the app isolates arguments, so no bidi marks are written here.

## Vocabularies

lane-kind-goals = اهداف و نیازها
lane-kind-actions = اقدامات
lane-kind-touchpoints = نقاط تماس
lane-kind-thoughts = افکار
lane-kind-emotions = احساسات
lane-kind-pain-points = نقاط درد
lane-kind-opportunities = فرصت‌ها
lane-kind-metrics = شاخص‌ها و KPIها
lane-kind-front-stage = پیش‌صحنه
lane-kind-back-stage = پشت‌صحنه
lane-kind-support-processes = فرایندهای پشتیبانی
lane-kind-resources = منابع
lane-kind-milestones = نقاط عطف
lane-kind-notes = یادداشت‌ها
lane-kind-images = تصاویر

channel-website = وب‌سایت
channel-mobile-app = اپلیکیشن موبایل
channel-social = شبکه‌های اجتماعی
channel-email = ایمیل
channel-phone = تلفن
channel-store = حضوری / فروشگاه
channel-chat = چت / پیام‌رسان
channel-advertising = تبلیغات
channel-packaging = بسته‌بندی
channel-delivery = تحویل
channel-event = رویدادها

level-low = کم
level-medium = متوسط
level-high = زیاد

map-kind-current-state = وضعیت فعلی
map-kind-future-state = وضعیت آینده
map-kind-day-in-the-life = یک روز از زندگی
map-kind-service-blueprint = بلوپرینت خدمات
map-flow-auto = مطابق جهت نوشتار زبان
map-flow-ltr = چپ به راست
map-flow-rtl = راست به چپ

card-field-channel = کانال
card-field-severity = شدت
card-field-impact = تأثیر
card-field-effort = تلاش
card-field-metric = شاخص
card-field-owner = مسئول
card-field-picture = تصویر

kpi-csat = CSAT
kpi-nps = NPS
kpi-conversion-rate = نرخ تبدیل
kpi-retention-rate = نرخ حفظ مشتری
kpi-customer-lifetime-value = ارزش طول عمر مشتری
kpi-average-resolution-time = میانگین زمان حل مشکل
kpi-complaint-rate = نرخ شکایت
kpi-return-rate = نرخ مرجوعی

template-blank = نقشه خالی
template-blank-blurb = پنج مرحله خالی و ردیف‌های معمول.
template-b2c = خرده‌فروشی / B2C (۷ مرحله)
template-b2c-blurb = نخستین خرید از یک فروشگاه اینترنتی، از آگاهی تا طرفداری.
template-b2b = B2B (۷ مرحله)
template-b2b-blurb = خرید نرم‌افزار سازمانی، از خارج از بازار تا گسترش.
template-service = کسب‌وکار خدماتی (مرکز خدمات خودرو)
template-service-blurb = سرویس سالانه در یک مرکز خدمات خودرو، با ردیف‌های بلوپرینت خدمات.

## Undo steps: history-<command type>, and batch labels

history-set-project = ویرایش پروژه
history-create-map = نقشه جدید
history-duplicate-map = تکثیر نقشه
history-set-map-info = ویرایش نقشه
history-move-map = جابه‌جایی نقشه
history-delete-map = حذف نقشه
history-add-stage = افزودن مرحله
history-update-stage = ویرایش مرحله
history-move-stage = جابه‌جایی مرحله
history-resize-stage = تغییر اندازه مرحله
history-delete-stage = حذف مرحله
history-add-step = افزودن گام
history-rename-step = تغییر نام گام
history-move-step = جابه‌جایی گام
history-resize-step = تغییر اندازه گام
history-delete-step = حذف گام
history-add-lane = افزودن ردیف
history-update-lane = ویرایش ردیف
history-move-lane = جابه‌جایی ردیف
history-resize-lane = تغییر اندازه ردیف
history-delete-lane = حذف ردیف
history-add-card = افزودن کارت
history-edit-card = ویرایش کارت
history-move-card = جابه‌جایی کارت
history-set-card-color = تغییر رنگ کارت
history-delete-card = حذف کارت
history-set-emotion = تعیین احساس
history-clear-emotion = پاک کردن احساس
history-create-persona = پرسونای جدید
history-update-persona = ویرایش پرسونا
history-delete-persona = حذف پرسونا
history-link-persona = پیوند دادن پرسونا
history-unlink-persona = لغو پیوند پرسونا
history-add-image = افزودن تصویر
history-several-edits = چند ویرایش
# A noun after a number stays singular in Persian, so one form serves all counts.
history-move-cards = جابه‌جایی { $count } کارت
history-move-some-cards = جابه‌جایی کارت‌ها
history-delete-cards = حذف { $count } کارت
history-colour-cards = تغییر رنگ { $count } کارت
history-cut-cards = برش { $count } کارت
history-paste-cards = چسباندن { $count } کارت
history-duplicate-cards = تکثیر { $count } کارت
history-set-channel = تعیین کانال
history-set-persona-photo = تعیین عکس پرسونا
history-set-card-picture = تعیین تصویر کارت
history-add-picture = افزودن تصویر

## Review state of a map

review-never = هرگز بازبینی نشده
review-on = بازبینی‌شده در { $date }
review-due = نیاز به بازبینی
# The header's "last reviewed" value when the review is due.
review-date-due = { $date } ({ review-due })

## Captions of exports

# The title block above a map.
header-what = نقشه سفر مشتری
header-business-goal = هدف کسب‌وکار
header-last-reviewed = آخرین بازبینی
# A persona's quote, in the language's quotation marks.
persona-quote = «{ $text }»

# The legend under a map.
legend-lanes = ردیف‌ها
legend-badges = نشان‌ها
legend-emotion = احساس
legend-channels = کانال‌ها
legend-level-low = شدت کم · تأثیر زیاد · تلاش کم
legend-level-medium = متوسط
legend-level-high = شدت زیاد · تأثیر کم · تلاش زیاد
legend-critical-moment = لحظه حساس
emotion-very-negative = بسیار منفی
emotion-negative = منفی
emotion-neutral = خنثی
emotion-positive = مثبت
emotion-very-positive = بسیار مثبت

# On cards. $level is a level's label (level-low...).
badge-severity = شدت { $level }
badge-impact = تأثیر: { $level }
badge-effort = تلاش: { $level }
metric-now = اکنون
metric-target = هدف
picture-none = بدون تصویر

# The persona page.
persona-page = پرسونا
persona-demographics = مشخصات جمعیتی
persona-geography = جغرافیا
persona-buying-behaviour = رفتار خرید
persona-psychographics = مشخصات روان‌شناختی
persona-goals = اهداف
persona-motivations = انگیزه‌ها
persona-frustrations = ناکامی‌ها
persona-age = سن
persona-gender = جنسیت
persona-occupation = شغل
persona-income = درآمد
persona-family = خانواده
persona-education = تحصیلات
persona-region = منطقه
persona-frequency = دفعات خرید
persona-decision-time = زمان تصمیم‌گیری
persona-triggers = محرک‌ها
persona-values = ارزش‌ها
persona-lifestyle = سبک زندگی

# Poster pages: the tile's name (B2) and where it sits.
tile-label = { $tile } (سطر { $row } از { $rows }، ستون { $column } از { $columns })

## Names the core makes up when a command leaves one out

name-map-copy = { $title } (کپی)
name-map-derived = { $title } ({ $kind ->
        [current_state] وضعیت فعلی
        [future_state] وضعیت آینده
        [day_in_the_life] یک روز از زندگی
       *[service_blueprint] بلوپرینت خدمات
    })

## Errors: error-<code>

error-not-found = { $record } وجود ندارد
error-duplicate = { $record } از قبل وجود دارد
error-history-mismatch = تاریخچه واگرد دیگر با نقشه جور نیست ({ $problem })
error-file-missing = { $path }: { file-problem-file-missing }
error-file-exists = { $path }: { file-problem-file-exists }
error-not-waymark = { $path }: { file-problem-not-waymark }
error-file-corrupt = { $path }: فایل آسیب دیده است ({ $problem })
error-file-newer = { $path }: این فایل با نسخه جدیدتری از Waymark ساخته شده است (قالب { $found }؛ این نسخه تا قالب { $supported } را می‌خواند)؛ برای باز کردن آن، Waymark را به‌روز کنید
error-file-locked = { $path }: { file-problem-file-locked }
error-file-io = { $path }: { $problem }
error-import-refused = وارد کردن پذیرفته نشد: { $problem }
error-image-refused = تصویر پذیرفته نشد: { $problem }
error-storage = ذخیره ناموفق بود: { $detail }
error-export-failed = خروجی گرفتن ناموفق بود: { $problem }
# The shell's own errors.
error-no-project = هیچ پروژه‌ای باز نیست.
error-bad-command = این ویرایش خوانده نشد: { $detail }
error-window-failed = پنجره نتوانست این کار را انجام دهد: { $detail }

## What is wrong with a project file (without the file's name)

file-problem-file-missing = فایل وجود ندارد
file-problem-file-exists = فایلی با این نام از قبل وجود دارد
file-problem-not-waymark = این فایل پروژه Waymark نیست
file-problem-file-corrupt = فایل آسیب دیده است ({ $problem })
file-problem-file-newer = این فایل با نسخه جدیدتری از Waymark ساخته شده است (قالب { $found }؛ این نسخه تا قالب { $supported } را می‌خواند)؛ برای باز کردن آن، Waymark را به‌روز کنید
file-problem-file-locked = این فایل در پنجره دیگری از Waymark یا در برنامه دیگری باز است
file-problem-file-io = { $problem }

## Records named in messages

record-project = پروژه { $id }
record-image = تصویر { $id }
record-persona = پرسونا { $id }
record-map = نقشه { $id }
record-stage = مرحله { $id }
record-step = گام { $id }
record-lane = ردیف { $id }
record-card = کارت { $id }
record-emotion-point = نقطه احساس { $id }

## Field names in messages

field-project-title = عنوان پروژه
field-project-description = توضیحات پروژه
field-stage-name = نام مرحله
field-stage-description = توضیحات مرحله
field-stage-width = عرض مرحله
field-step-name = نام گام
field-step-width = عرض گام
field-lane-name = نام ردیف
field-lane-height = ارتفاع ردیف
field-persona-name = نام پرسونا
field-persona-quote = نقل‌قول پرسونا
field-persona-age = سن پرسونا
field-persona-gender = جنسیت پرسونا
field-persona-occupation = شغل پرسونا
field-persona-income = درآمد پرسونا
field-persona-family = خانواده پرسونا
field-persona-education = تحصیلات پرسونا
field-persona-region = منطقه پرسونا
field-persona-buying-frequency = دفعات خرید پرسونا
field-persona-decision-time = زمان تصمیم‌گیری پرسونا
field-persona-triggers = محرک‌های پرسونا
field-persona-values = ارزش‌های پرسونا
field-persona-lifestyle = سبک زندگی پرسونا
field-persona-segment = بخش بازار پرسونا
field-persona-goals = اهداف پرسونا
field-persona-motivations = انگیزه‌های پرسونا
field-persona-frustrations = ناکامی‌های پرسونا
field-map-title = عنوان نقشه
field-map-scenario = سناریوی نقشه
field-map-business-goal = هدف کسب‌وکار نقشه
field-card-text = متن کارت
field-card-owner = مسئول کارت
field-image-description = توضیح تصویر
field-metric-name = نام شاخص
field-metric-unit = واحد شاخص
field-emotion-note = یادداشت احساس

## Problems: the finer reason of an error

problem-read-only = فایل فقط‌خواندنی است؛ آن را در جایی کپی کنید که اجازه نوشتن دارید
problem-system = { $detail }
problem-damaged = { $detail }
problem-change-unwritable = نمی‌توان تغییر را ثبت کرد: { $detail }
problem-history-unreadable = یکی از موارد تاریخچه خوانده نمی‌شود ({ $detail })
problem-row-missing = { $record } در فایل نیست
problem-bad-id = «{ $value }» شناسه معتبری نیست
problem-unknown-value = مقدار ناشناخته «{ $value }»
problem-out-of-range = { $value } خارج از محدوده است
problem-bad-persona-list = فهرست پرسوناها یک فهرست JSON از رشته‌ها نیست
problem-project-rows = فایل به‌جای یک رکورد پروژه، { $count } رکورد دارد
problem-emotion-range = احساس { $value } خارج از محدوده است
problem-bad-colour = «{ $value }» رنگی مانند #1f6feb نیست
problem-bad-date = «{ $value }» تاریخی مانند 2026-11-22 نیست
problem-text-too-long = { $field } { $count } نویسه دارد؛ حداکثر { $max } نویسه مجاز است
problem-control-character = { $field } نویسه کنترلی U+{ $code } دارد
problem-blank = { $field } نباید خالی باشد
problem-not-one-line = { $field } باید یک‌خطی باشد
problem-size-range = { $field } با مقدار { $value } خارج از بازه { $min } تا { $max } است
problem-bad-language = «{ $value }» برچسب زبانی مانند «az» یا «fa-IR» نیست
problem-no-emotion-point = در این ستون نقطه احساسی نیست
problem-resize-split-stage = این مرحله به چند گام تقسیم شده است؛ اندازه یکی از گام‌هایش را تغییر دهید
problem-template-keys = کلیدهای خانه‌های الگو تمام شد
problem-persona-linked = این پرسونا از قبل به نقشه پیوند داده شده است
problem-persona-not-linked = این پرسونا به نقشه پیوند داده نشده است
problem-update-changes-id = به‌روزرسانی باید شناسه رکورد را حفظ کند
problem-delete-project = خود پروژه را نمی‌توان حذف کرد
problem-step-map = هر گام باید در نقشه مرحله خودش باشد
problem-persona-twice = یک پرسونا دو بار به نقشه پیوند داده شده است
problem-derived-from-itself = نقشه نمی‌تواند از خودش برگرفته شود
problem-stage-other-map = این مرحله به نقشه دیگری تعلق دارد
problem-step-other-stage = این گام به مرحله دیگری تعلق دارد
problem-lane-other-map = این ردیف به نقشه دیگری تعلق دارد
problem-card-in-emotion-lane = ردیف احساسات نقطه احساس می‌گیرد، نه کارت
problem-metric-not-finite = مقدار شاخص باید عددی متناهی باشد
problem-emotion-point-taken = این ردیف در این ستون از قبل نقطه احساس دارد
problem-image-empty = تصویر نباید خالی باشد
problem-stored-image-too-big = یک تصویر ذخیره‌شده بزرگ‌تر از ۸ MiB است
problem-field-wrong-lane = { $field ->
        [channel] کانال مخصوص کارت‌های نقطه تماس است
        [severity] شدت مخصوص کارت‌های نقطه درد است
        [impact] تأثیر و تلاش مخصوص کارت‌های فرصت است
        [effort] تأثیر و تلاش مخصوص کارت‌های فرصت است
        [metric] شاخص مخصوص کارت‌های KPI است
        [owner] مسئول مخصوص کارت‌های پیش‌صحنه، پشت‌صحنه یا پشتیبانی است
       *[picture] تصویر مخصوص کارت‌های تصویر یا یادداشت است
    }، نه ردیف «{ $lane }»
problem-list-too-long = { $field } { $count } مورد دارد؛ حداکثر { $max } مورد مجاز است
problem-too-many-map-personas = هر نقشه حداکثر می‌تواند درباره { $max } پرسونا باشد، نه { $count }
problem-step-needed = مرحله «{ $stage }» به چند گام تقسیم شده است؛ گام را مشخص کنید
problem-not-emotion-lane = ردیف «{ $lane }» ردیف احساسات نیست
problem-emotion-scale = احساس { $value } خارج از مقیاس منفی ۲ تا مثبت ۲ است
problem-still-used = { $record } هنوز در { $user ->
        [persona] یک پرسونا
        [card] یک کارت
        [map] یک نقشه
        [derived_map] نقشه‌ای برگرفته از آن
        [stage_or_lane] یک مرحله یا ردیف
        [step] یک گام
       *[card_or_emotion_point] یک کارت یا نقطه احساس
    } به کار رفته است؛ ابتدا آن را حذف یا جابه‌جا کنید
problem-shared-key = دو مورد هم‌سطح کلید ترتیب یکسان «{ $value }» دارند
problem-bad-key = «{ $value }» کلید ترتیب نیست
problem-image-type = تصاویر { $mime } پشتیبانی نمی‌شوند
problem-batch-too-big = هر دسته حداکثر { $max } فرمان می‌تواند داشته باشد
problem-position-past-end = موقعیت { $index } بعد از انتهاست ({ $count } مورد وجود دارد)
problem-no-room = { $what ->
        [project_maps] یک پروژه حداکثر { $max } نقشه
        [project_cards] یک پروژه حداکثر { $max } کارت
        [project_images] یک پروژه حداکثر { $max } تصویر
        [project_personas] یک پروژه حداکثر { $max } پرسونا
        [cell_cards] یک خانه حداکثر { $max } کارت
        [map_personas] یک نقشه حداکثر { $max } پرسونا
        [map_stages] یک نقشه حداکثر { $max } مرحله
        [map_lanes] یک نقشه حداکثر { $max } ردیف
       *[stage_steps] یک مرحله حداکثر { $max } گام
    } می‌تواند داشته باشد
problem-copy-off-map = نقشه را نمی‌توان کپی کرد: یک رکورد به { $record } اشاره می‌کند که در این نقشه نیست
problem-lane-holds-cards = ردیف «{ $lane }» کارت دارد؛ پیش از تبدیل آن به ردیف احساسات، کارت‌ها را جابه‌جا یا حذف کنید
problem-lane-holds-curve = ردیف «{ $lane }» منحنی احساسات دارد؛ پیش از تغییر نوع ردیف، منحنی را پاک کنید
problem-changed-elsewhere = { $record } در جای دیگری تغییر کرده است
problem-picture-file-too-big = حجم فایل { $size } مگابایت است؛ حداکثر { $max } مگابایت پذیرفته می‌شود
problem-picture-format = فقط تصاویر PNG و JPEG قابل استفاده‌اند
problem-picture-bytes-too-big = تصویر بزرگ‌تر از ۸ MiB است
problem-picture-too-big = تصویر بزرگ‌تر از { $max } × { $max } پیکسل است
problem-picture-not-declared-type = داده‌ها از نوع { $mime } نیستند
problem-picture-size-differs = اندازه تصویر { $width }×{ $height } است، نه { $declared_width }×{ $declared_height } که اعلام شده بود
problem-picture-unreadable = تصویر خوانده نمی‌شود ({ $detail })
problem-json-unwritable = نمی‌توان JSON را نوشت: { $detail }
problem-json-too-big = فایل بزرگ‌تر از { $max } مگابایت است
problem-json-invalid = این فایل JSON معتبر Waymark نیست ({ $detail })
problem-json-not-waymark = این فایل پروژه Waymark نیست (مقدار «format» باید «{ $format }» باشد)
problem-json-newer = این فایل از نسخه { $found } قالب استفاده می‌کند؛ این Waymark نسخه { $supported } را می‌خواند؛ Waymark را به‌روز کنید
problem-json-version = نسخه قالب { $found } پشتیبانی نمی‌شود
problem-json-malformed = ساختار فایل نادرست است ({ $detail })
problem-json-project-too-big = پروژه بیش از حد بزرگ است ({ $maps } نقشه، { $personas } پرسونا، { $images } تصویر، { $cards } کارت)
problem-json-map-too-big = نقشه «{ $map }» بیش از حد مرحله یا ردیف دارد
problem-json-stage-too-big = مرحله «{ $stage }» بیش از حد گام دارد
problem-json-id-twice = شناسه { $id } دو بار به کار رفته است
problem-json-image = تصویر { $id }: { $problem }
problem-json-unsound = اجزای پروژه با هم سازگار نیستند: { $problem }
problem-no-map-to-export = پروژه نقشه‌ای برای خروجی گرفتن ندارد
problem-pdf-empty = سازنده PDF چیزی تولید نکرد
problem-font-subset = نمی‌توان زیرمجموعه قلم { $font } را ساخت: { $detail }
problem-font-subset-unreadable = زیرمجموعه قلم { $font } خوانده نمی‌شود
problem-export-picture = یک تصویر خوانده نمی‌شود: { $detail }
problem-png-scale-range = مقیاس PNG باید بین ۱ و ۴ باشد، نه { $scale }
problem-png-scale = مقیاس PNG برابر { $scale } است که مثبت نیست
problem-png-encode = نمی‌توان PNG را کدگذاری کرد: { $detail }
problem-png-no-header = کدگذار PNG هیچ سرآیندی ننوشت
problem-png-write = نمی‌توان PNG را نوشت: { $detail }
problem-paint-thread = یکی از رشته‌های ترسیم با خطا متوقف شد
problem-paint-rows = سطرهای ترسیم‌شده بیشتر از سطرهای تصویر است
problem-font-unreadable = قلم همراه برنامه خوانده نمی‌شود: { $detail }
problem-paint-width = نمی‌توان با عرض { $width } پیکسل ترسیم کرد
problem-paint-strip = نمی‌توان نوار ترسیم‌شده را برداشت
problem-png-rows = سطرهای PNG بیش از حد است
problem-png-missing-rows = { $count } سطر از PNG کم است
problem-icon = نماد { $icon }: { $detail }
problem-layout-size = چیدمان نقشه اندازه متناهی ندارد
problem-theme = تم داخلی برنامه خراب است: { $detail }
problem-no-grid = این قاب هیچ جدول نقشه‌ای ندارد
problem-not-utf8 = فایل متن UTF-8 نیست
problem-commands-unreadable = { $path }: { $detail }
problem-command-failed = فرمان { $number } از { $total } ({ $command }) ناموفق بود و { $applied } فرمان پیش از آن اعمال شده بودند: { $problem }
problem-bad-map-id = «{ $value }» شناسه نقشه نیست
problem-png-one-map = هر PNG فقط یک نقشه را نشان می‌دهد؛ نقشه را با --map ID انتخاب کنید
problem-export-format = { $path }: قالب ناشناخته است؛ نام فایلی با پسوند .pdf، .png یا .json به کار ببرید
problem-json-cell-too-big = یکی از خانه‌های نقشه «{ $map }» بیش از حد کارت دارد
problem-picture-path-too-big = حجم { $path } برابر { $size } مگابایت است؛ حداکثر { $max } مگابایت پذیرفته می‌شود
problem-unknown-template = الگوی ناشناخته «{ $name }»
problem-replace-open-project = { $path } همان پروژه‌ای است که اکنون باز است؛ نام دیگری انتخاب کنید
problem-unknown-export-format = قالب خروجی ناشناخته «{ $format }»
problem-unknown-page-size = اندازه صفحه ناشناخته «{ $page }»
problem-export-stopped = خروجی گرفتن متوقف شد: { $detail }
problem-menu-accelerator = میان‌بر «{ $accelerator }» مورد منوی «{ $item }» در منو قابل استفاده نیست
problem-menu-id = شناسه منوی «{ $id }» دو بار به کار رفته یا برای پوسته برنامه رزرو شده است
problem-language-unknown = برای زبان «{ $lang }» فهرست پیامی وجود ندارد

## Native dialogs of the shell (titles, file type), and the file name an export suggests

dialog-open-project = باز کردن پروژهٔ Waymark
dialog-new-project = ساختن پروژهٔ Waymark
dialog-save-copy = ذخیرهٔ یک نسخه با نام
dialog-choose-picture = انتخاب تصویر
dialog-export = خروجی گرفتن
dialog-filter-project = پروژهٔ Waymark
export-default-name = نقشه سفر مشتری
dialog-filter-pictures = تصویرها
dialog-filter-png = تصویر PNG
dialog-filter-pdf = سند PDF
