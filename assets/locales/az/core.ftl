# Waymark's core catalog: everything the Rust side says to people.
# Azerbaijani (Latin script).
#
# Keys are stable identifiers shared with the page (`ui.ftl` holds the page's
# own words). Vocabulary keys are a prefix and the stable spelling with `_`
# written as `-`. Arguments are strings, numbers or other messages (rendered
# first). Sentences of errors start in lower case: the CLI prints them after
# "waymark: " and errors nest ("import refused: image …: …").

## Vocabularies

lane-kind-goals = Məqsədlər və ehtiyaclar
lane-kind-actions = Hərəkətlər
lane-kind-touchpoints = Əlaqə nöqtələri
lane-kind-thoughts = Düşüncələr
lane-kind-emotions = Emosiyalar
lane-kind-pain-points = Çətinliklər
lane-kind-opportunities = İmkanlar
lane-kind-metrics = Metriklər və KPI-lar
lane-kind-front-stage = Ön səhnə
lane-kind-back-stage = Arxa səhnə
lane-kind-support-processes = Dəstək prosesləri
lane-kind-resources = Resurslar
lane-kind-milestones = Mühüm hadisələr
lane-kind-notes = Qeydlər
lane-kind-images = Şəkillər

channel-website = Vebsayt
channel-mobile-app = Mobil tətbiq
channel-social = Sosial şəbəkələr
channel-email = E-poçt
channel-phone = Telefon
channel-store = Şəxsən / mağaza
channel-chat = Çat / messencer
channel-advertising = Reklam
channel-packaging = Qablaşdırma
channel-delivery = Çatdırılma
channel-event = Tədbirlər

level-low = Aşağı
level-medium = Orta
level-high = Yüksək

map-kind-current-state = Mövcud vəziyyət
map-kind-future-state = Gələcək vəziyyət
map-kind-day-in-the-life = Müştərinin bir günü
map-kind-service-blueprint = Xidmət planı
map-flow-auto = Dilin yazılış istiqamətində
map-flow-ltr = Soldan sağa
map-flow-rtl = Sağdan sola

card-field-channel = Kanal
card-field-severity = Ciddilik
card-field-impact = Təsir
card-field-effort = Səy
card-field-metric = Metrik
card-field-owner = Məsul
card-field-picture = Şəkil

kpi-csat = CSAT
kpi-nps = NPS
kpi-conversion-rate = Konversiya dərəcəsi
kpi-retention-rate = Müştəri saxlama dərəcəsi
kpi-customer-lifetime-value = Müştəridən orta gəlir (CLV)
kpi-average-resolution-time = Problemin orta həll müddəti
kpi-complaint-rate = Şikayətlərin faizi
kpi-return-rate = Geri qaytarmaların faizi

template-blank = Boş xəritə
template-blank-blurb = Beş boş mərhələ və adi zolaqlar.
template-b2c = Pərakəndə / B2C (7 mərhələ)
template-b2c-blurb = Onlayn mağazada ilk alış: brendlə tanışlıqdan tövsiyəyə qədər.
template-b2b = B2B (7 mərhələ)
template-b2b-blurb = Biznes üçün proqram təminatının alınması: bazardan kənar vəziyyətdən genişlənməyə qədər.
template-service = Xidmət biznesi (avtomobil xidməti mərkəzi)
template-service-blurb = Avtomobil xidməti mərkəzində illik texniki xidmət, xidmət planı zolaqları ilə.

## Undo steps: history-<command type>, and batch labels

history-set-project = Layihənin redaktəsi
history-create-map = Xəritənin yaradılması
history-duplicate-map = Xəritənin dublikatı
history-set-map-info = Xəritənin redaktəsi
history-move-map = Xəritənin köçürülməsi
history-delete-map = Xəritənin silinməsi
history-add-stage = Mərhələnin əlavə edilməsi
history-update-stage = Mərhələnin redaktəsi
history-move-stage = Mərhələnin köçürülməsi
history-resize-stage = Mərhələnin ölçüsünün dəyişdirilməsi
history-delete-stage = Mərhələnin silinməsi
history-add-step = Addımın əlavə edilməsi
history-rename-step = Addımın adının dəyişdirilməsi
history-move-step = Addımın köçürülməsi
history-resize-step = Addımın ölçüsünün dəyişdirilməsi
history-delete-step = Addımın silinməsi
history-add-lane = Zolağın əlavə edilməsi
history-update-lane = Zolağın redaktəsi
history-move-lane = Zolağın köçürülməsi
history-resize-lane = Zolağın ölçüsünün dəyişdirilməsi
history-delete-lane = Zolağın silinməsi
history-add-card = Kartın əlavə edilməsi
history-edit-card = Kartın redaktəsi
history-move-card = Kartın köçürülməsi
history-set-card-color = Kartın rənglənməsi
history-delete-card = Kartın silinməsi
history-set-emotion = Emosiyanın təyin edilməsi
history-clear-emotion = Emosiyanın silinməsi
history-create-persona = Personanın yaradılması
history-update-persona = Personanın redaktəsi
history-delete-persona = Personanın silinməsi
history-link-persona = Personanın xəritəyə bağlanması
history-unlink-persona = Personanın xəritədən ayrılması
history-add-image = Şəklin əlavə edilməsi
history-several-edits = Bir neçə dəyişiklik
history-move-cards = { $count } { $count ->
        [one] kartın
       *[other] kartın
    } köçürülməsi
history-move-some-cards = Kartların köçürülməsi
history-delete-cards = { $count } { $count ->
        [one] kartın
       *[other] kartın
    } silinməsi
history-colour-cards = { $count } { $count ->
        [one] kartın
       *[other] kartın
    } rənglənməsi
history-cut-cards = { $count } { $count ->
        [one] kartın
       *[other] kartın
    } kəsilməsi
history-paste-cards = { $count } { $count ->
        [one] kartın
       *[other] kartın
    } yapışdırılması
history-duplicate-cards = { $count } { $count ->
        [one] kartın
       *[other] kartın
    } dublikatı
history-set-channel = Kanalın təyin edilməsi
history-set-persona-photo = Persona fotosunun təyin edilməsi
history-set-card-picture = Kart şəklinin təyin edilməsi
history-add-picture = Şəklin əlavə edilməsi

## Review state of a map

review-never = Heç baxılmayıb
review-on = Baxılıb: { $date }
review-due = baxış vaxtı çatıb
# The header's "last reviewed" value when the review is due.
review-date-due = { $date } ({ review-due })

## Captions of exports

# The title block above a map.
header-what = Müştəri səyahət xəritəsi
header-business-goal = BİZNES MƏQSƏDİ
header-last-reviewed = SON BAXIŞ
# A persona's quote, in the language's quotation marks.
persona-quote = “{ $text }”

# The legend under a map.
legend-lanes = Zolaqlar
legend-badges = Nişanlar
legend-emotion = Emosiya
legend-channels = Kanallar
legend-level-low = Aşağı ciddilik · yüksək təsir · az səy
legend-level-medium = Orta
legend-level-high = Yüksək ciddilik · aşağı təsir · çox səy
legend-critical-moment = kritik an
emotion-very-negative = çox mənfi
emotion-negative = mənfi
emotion-neutral = neytral
emotion-positive = müsbət
emotion-very-positive = çox müsbət

# On cards. $level is a level's label (level-low...).
badge-severity = Ciddilik: { $level }
badge-impact = Təsir: { $level }
badge-effort = Səy: { $level }
metric-now = indi
metric-target = hədəf
picture-none = Şəkil yoxdur

# The persona page.
persona-page = PERSONA
persona-demographics = DEMOQRAFİYA
persona-geography = COĞRAFİYA
persona-buying-behaviour = ALIŞ DAVRANIŞI
persona-psychographics = PSİXOQRAFİKA
persona-goals = MƏQSƏDLƏR
persona-motivations = MOTİVLƏR
persona-frustrations = NARAZILIQLAR
persona-age = Yaş
persona-gender = Cins
persona-occupation = Peşə
persona-income = Gəlir
persona-family = Ailə vəziyyəti
persona-education = Təhsil
persona-region = Region
persona-frequency = Alış tezliyi
persona-decision-time = Qərar müddəti
persona-triggers = Təkan verən amillər
persona-values = Dəyərlər
persona-lifestyle = Həyat tərzi

# Poster pages: the tile's name (B2) and where it sits.
tile-label = { $tile } (sətir { $row }, sütun { $column }; cəmi { $columns }x{ $rows })

## Names the core makes up when a command leaves one out

name-map-copy = { $title } (kopya)
name-map-derived = { $title } ({ $kind ->
        [current_state] mövcud vəziyyət
        [future_state] gələcək vəziyyət
        [day_in_the_life] müştərinin bir günü
       *[service_blueprint] xidmət planı
    })

## Errors: error-<code>

error-not-found = { $record } mövcud deyil
error-duplicate = { $record } artıq mövcuddur
error-history-mismatch = geri alma tarixçəsi artıq xəritəyə uyğun gəlmir ({ $problem })
error-file-missing = { $path }: { file-problem-file-missing }
error-file-exists = { $path }: { file-problem-file-exists }
error-not-waymark = { $path }: { file-problem-not-waymark }
error-file-corrupt = { $path }: fayl zədələnib ({ $problem })
error-file-newer = { $path }: fayl Waymark proqramının daha yeni versiyasında yaradılıb (format { $found }; bu versiya { $supported } formatına qədər oxuyur); onu açmaq üçün Waymark proqramını yeniləyin
error-file-locked = { $path }: { file-problem-file-locked }
error-file-io = { $path }: { $problem }
error-import-refused = idxal rədd edildi: { $problem }
error-image-refused = şəkil rədd edildi: { $problem }
error-storage = saxlamaq alınmadı: { $detail }
error-export-failed = ixrac alınmadı: { $problem }
# The shell's own errors.
error-no-project = Açıq layihə yoxdur.
error-bad-command = düzəlişi oxumaq alınmadı: { $detail }
error-window-failed = pəncərə bunu edə bilmədi: { $detail }

## What is wrong with a project file (without the file's name)

file-problem-file-missing = fayl mövcud deyil
file-problem-file-exists = bu adda fayl artıq mövcuddur
file-problem-not-waymark = bu, Waymark layihəsi deyil
file-problem-file-corrupt = fayl zədələnib ({ $problem })
file-problem-file-newer = fayl Waymark proqramının daha yeni versiyasında yaradılıb (format { $found }; bu versiya { $supported } formatına qədər oxuyur); onu açmaq üçün Waymark proqramını yeniləyin
file-problem-file-locked = fayl başqa Waymark pəncərəsində və ya başqa proqramda açıqdır
file-problem-file-io = { $problem }

## Records named in messages

record-project = layihə { $id }
record-image = şəkil { $id }
record-persona = persona { $id }
record-map = xəritə { $id }
record-stage = mərhələ { $id }
record-step = addım { $id }
record-lane = zolaq { $id }
record-card = kart { $id }
record-emotion-point = emosiya nöqtəsi { $id }

## Field names in messages

field-project-title = layihənin başlığı
field-project-description = layihənin təsviri
field-stage-name = mərhələnin adı
field-stage-description = mərhələnin təsviri
field-stage-width = mərhələnin eni
field-step-name = addımın adı
field-step-width = addımın eni
field-lane-name = zolağın adı
field-lane-height = zolağın hündürlüyü
field-persona-name = personanın adı
field-persona-quote = personanın sitatı
field-persona-age = personanın yaşı
field-persona-gender = personanın cinsi
field-persona-occupation = personanın peşəsi
field-persona-income = personanın gəliri
field-persona-family = personanın ailə vəziyyəti
field-persona-education = personanın təhsili
field-persona-region = personanın regionu
field-persona-buying-frequency = personanın alış tezliyi
field-persona-decision-time = personanın qərar müddəti
field-persona-triggers = personanın təkan verən amilləri
field-persona-values = personanın dəyərləri
field-persona-lifestyle = personanın həyat tərzi
field-persona-segment = personanın seqmenti
field-persona-goals = personanın məqsədləri
field-persona-motivations = personanın motivləri
field-persona-frustrations = personanın narazılıqları
field-map-title = xəritənin başlığı
field-map-scenario = xəritənin ssenarisi
field-map-business-goal = xəritənin biznes məqsədi
field-card-text = kartın mətni
field-card-owner = kartın məsulu
field-image-description = şəklin təsviri
field-metric-name = metrikin adı
field-metric-unit = metrikin ölçü vahidi
field-emotion-note = emosiya qeydi

## Problems: the finer reason of an error

problem-read-only = fayl yalnız oxumaq üçündür; onu yazmağa icazəniz olan yerə kopyalayın
problem-system = { $detail }
problem-damaged = { $detail }
problem-change-unwritable = dəyişikliyi yazmaq olmur: { $detail }
problem-history-unreadable = tarixçə qeydlərindən birini oxumaq olmur ({ $detail })
problem-row-missing = faylda yoxdur: { $record }
problem-bad-id = "{ $value }" düzgün id deyil
problem-unknown-value = naməlum dəyər "{ $value }"
problem-out-of-range = { $value } icazə verilən hədlərdən kənardadır
problem-bad-persona-list = persona siyahısı mətnlərdən ibarət JSON siyahısı deyil
problem-project-rows = faylda bir yox, { $count } layihə qeydi var
problem-emotion-range = emosiya { $value } icazə verilən hədlərdən kənardadır
problem-bad-colour = "{ $value }" #1f6feb kimi rəng deyil
problem-bad-date = "{ $value }" 2026-11-22 kimi tarix deyil
problem-text-too-long = { $field }: { $count } simvol; ən çoxu { $max } simvol ola bilər
problem-control-character = { $field } idarəetmə simvolu ehtiva edir: U+{ $code }
problem-blank = { $field } boş ola bilməz
problem-not-one-line = { $field } bir sətir olmalıdır
problem-size-range = { $field }: { $value }, icazə verilən hədlər { $min }..={ $max }
problem-bad-language = "{ $value }" "az" və ya "fa-IR" kimi dil etiketi deyil
problem-no-emotion-point = bu sütunda emosiya nöqtəsi yoxdur
problem-resize-split-stage = bu mərhələ addımlara bölünüb; onun addımlarından birinin ölçüsünü dəyişin
problem-template-keys = şablon xanalarının açarları tükəndi
problem-persona-linked = bu persona artıq xəritəyə bağlıdır
problem-persona-not-linked = bu persona xəritəyə bağlı deyil
problem-update-changes-id = yeniləmə qeydin id-sini dəyişməməlidir
problem-delete-project = layihənin özünü silmək olmaz
problem-step-map = addım öz mərhələsinin xəritəsində olmalıdır
problem-persona-twice = persona xəritəyə iki dəfə bağlanıb
problem-derived-from-itself = xəritə özündən törədilə bilməz
problem-stage-other-map = mərhələ başqa xəritəyə aiddir
problem-step-other-stage = addım başqa mərhələyə aiddir
problem-lane-other-map = zolaq başqa xəritəyə aiddir
problem-card-in-emotion-lane = emosiya zolağında kartlar yox, emosiya nöqtələri olur
problem-metric-not-finite = metrikin dəyəri sonlu ədəd olmalıdır
problem-emotion-point-taken = bu zolaqda bu sütunda artıq emosiya nöqtəsi var
problem-image-empty = şəkil boş ola bilməz
problem-stored-image-too-big = saxlanmış şəkil 8 MiB-dan böyükdür
problem-field-wrong-lane = { $field ->
        [channel] kanal yalnız əlaqə nöqtəsi kartlarında olur
        [severity] ciddilik yalnız çətinlik kartlarında olur
        [impact] təsir və səy yalnız imkan kartlarında olur
        [effort] təsir və səy yalnız imkan kartlarında olur
        [metric] metrik yalnız KPI kartlarında olur
        [owner] məsul yalnız ön səhnə, arxa səhnə və ya dəstək kartlarında olur
       *[picture] şəkil yalnız şəkil və ya qeyd kartlarında olur
    }, "{ $lane }" zolağında yox
problem-list-too-long = { $field }: { $count } element; ən çoxu { $max } element ola bilər
problem-too-many-map-personas = xəritə ən çoxu { $max } persona haqqında ola bilər, { $count } yox
problem-step-needed = "{ $stage }" mərhələsi addımlara bölünüb; addımı göstərin
problem-not-emotion-lane = "{ $lane }" zolağı emosiya zolağı deyil
problem-emotion-scale = emosiya { $value } -2..+2 şkalasından kənardadır
problem-still-used = { $record } hələ də { $user ->
        [persona] bir personada
        [card] bir kartda
        [map] bir xəritədə
        [derived_map] ondan törədilmiş xəritədə
        [stage_or_lane] bir mərhələdə və ya zolaqda
        [step] bir addımda
       *[card_or_emotion_point] bir kartda və ya emosiya nöqtəsində
    } istifadə olunur; əvvəlcə həmin elementi silin və ya köçürün
problem-shared-key = iki qonşu element eyni sıra açarına malikdir: "{ $value }"
problem-bad-key = "{ $value }" sıra açarı deyil
problem-image-type = { $mime } şəkilləri dəstəklənmir
problem-batch-too-big = paketdə ən çoxu { $max } əmr ola bilər
problem-position-past-end = mövqe { $index } sondan kənardadır (cəmi { $count } element var)
problem-no-room = { $what ->
        [project_maps] layihədə ən çoxu { $max } xəritə ola bilər
        [project_cards] layihədə ən çoxu { $max } kart ola bilər
        [project_images] layihədə ən çoxu { $max } şəkil ola bilər
        [project_personas] layihədə ən çoxu { $max } persona ola bilər
        [cell_cards] xanada ən çoxu { $max } kart ola bilər
        [map_personas] xəritədə ən çoxu { $max } persona ola bilər
        [map_stages] xəritədə ən çoxu { $max } mərhələ ola bilər
        [map_lanes] xəritədə ən çoxu { $max } zolaq ola bilər
       *[stage_steps] mərhələdə ən çoxu { $max } addım ola bilər
    }
problem-copy-off-map = xəritəni kopyalamaq olmur: qeydlərdən biri bu xəritədə olmayan obyektə istinad edir: { $record }
problem-lane-holds-cards = "{ $lane }" zolağında kartlar var; onu emosiya zolağına çevirməzdən əvvəl kartları köçürün və ya silin
problem-lane-holds-curve = "{ $lane }" zolağında emosiya əyrisi var; zolağın növünü dəyişməzdən əvvəl əyrini silin
problem-changed-elsewhere = { $record } başqa yerdə dəyişdirilib
problem-picture-file-too-big = faylın ölçüsü { $size } MB; ən çoxu { $max } MB qəbul edilir
problem-picture-format = yalnız PNG və JPEG şəkillərindən istifadə etmək olar
problem-picture-bytes-too-big = şəkil 8 MiB-dan böyükdür
problem-picture-too-big = şəkil { $max } x { $max } pikseldən böyükdür
problem-picture-not-declared-type = məlumat { $mime } deyil
problem-picture-size-differs = şəklin ölçüsü { $width }x{ $height }, elan edilmiş { $declared_width }x{ $declared_height } deyil
problem-picture-unreadable = şəkli oxumaq olmur ({ $detail })
problem-json-unwritable = JSON yazmaq olmur: { $detail }
problem-json-too-big = fayl { $max } MB-dan böyükdür
problem-json-invalid = bu, düzgün Waymark JSON deyil ({ $detail })
problem-json-not-waymark = bu, Waymark layihəsi deyil ("format" "{ $format }" olmalıdır)
problem-json-newer = faylın format versiyası: { $found }; bu Waymark yalnız { $supported } versiyasını oxuyur; Waymark proqramını yeniləyin
problem-json-version = dəstəklənməyən format versiyası: { $found }
problem-json-malformed = faylın quruluşu pozulub ({ $detail })
problem-json-project-too-big = layihə çox böyükdür ({ $maps } xəritə, { $personas } persona, { $images } şəkil, { $cards } kart)
problem-json-map-too-big = "{ $map }" xəritəsində həddən çox mərhələ və ya zolaq var
problem-json-stage-too-big = "{ $stage }" mərhələsində həddən çox addım var
problem-json-id-twice = id iki dəfə istifadə olunub: { $id }
problem-json-image = şəkil { $id }: { $problem }
problem-json-unsound = layihənin hissələri bir-birinə uyğun gəlmir: { $problem }
problem-no-map-to-export = layihədə ixrac ediləcək xəritə yoxdur
problem-pdf-empty = PDF yazıcısı heç nə yaratmadı
problem-font-subset = { $font } şriftinin alt dəstini yaratmaq olmur: { $detail }
problem-font-subset-unreadable = { $font } şriftinin alt dəstini oxumaq olmur
problem-export-picture = şəkillərdən birini oxumaq olmur: { $detail }
problem-png-scale-range = PNG miqyası 1 ilə 4 arasında olmalıdır, { $scale } yox
problem-png-scale = PNG miqyası { $scale } müsbət deyil
problem-png-encode = PNG faylını kodlamaq olmur: { $detail }
problem-png-no-header = PNG kodlayıcısı başlıq yazmadı
problem-png-write = PNG faylını yazmaq olmur: { $detail }
problem-paint-thread = çəkmə axınlarından biri uğursuz oldu
problem-paint-rows = şəkildə olduğundan çox sətir çəkildi
problem-font-unreadable = daxili şrifti oxumaq olmur: { $detail }
problem-paint-width = { $width } piksel enində çəkmək olmur
problem-paint-strip = çəkilmiş hissəni götürmək olmur
problem-png-rows = PNG sətirləri həddən çoxdur
problem-png-missing-rows = PNG faylında { $count } sətir çatışmır
problem-icon = ikon { $icon }: { $detail }
problem-layout-size = xəritənin düzümünün sonlu ölçüsü yoxdur
problem-theme = daxili tema xarabdır: { $detail }
problem-no-grid = çərçivədə xəritə şəbəkəsi yoxdur
problem-not-utf8 = fayl UTF-8 mətni deyil
problem-commands-unreadable = { $path }: { $detail }
problem-command-failed = əmr { $number } / { $total } ({ $command }) alınmadı, ondan əvvəlki { $applied } əmr tətbiq edildi: { $problem }
problem-bad-map-id = "{ $value }" xəritə id-si deyil
problem-png-one-map = PNG bir xəritəni göstərir; onu --map ID ilə seçin
problem-export-format = { $path }: naməlum format; .pdf, .png və ya .json fayl adı istifadə edin
problem-json-cell-too-big = "{ $map }" xəritəsinin bir xanasında həddən çox kart var
problem-picture-path-too-big = { $path }: { $size } MB; ən çoxu { $max } MB qəbul edilir
problem-unknown-template = naməlum şablon "{ $name }"
problem-replace-open-project = { $path } hazırda açıq olan layihədir; başqa ad seçin
problem-unknown-export-format = naməlum ixrac formatı "{ $format }"
problem-unknown-page-size = naməlum səhifə ölçüsü "{ $page }"
problem-export-stopped = ixrac dayandı: { $detail }
problem-menu-accelerator = "{ $item }" menyu elementinin "{ $accelerator }" qısayolu var, menyu ondan istifadə edə bilmir
problem-menu-id = "{ $id }" menyu id-si iki dəfə istifadə olunub və ya proqramın özü üçün ayrılıb
problem-language-unknown = "{ $lang }" dili üçün mesaj kataloqu yoxdur

## Native dialogs of the shell (titles, file type), and the file name an export suggests

dialog-open-project = Waymark layihəsini açın
dialog-new-project = Waymark layihəsi yaradın
dialog-save-copy = Surəti belə saxlayın
dialog-choose-picture = Şəkil seçin
dialog-export = İxrac
dialog-filter-project = Waymark layihəsi
export-default-name = Səyahət xəritəsi
dialog-filter-pictures = Şəkillər
dialog-filter-png = PNG şəkli
dialog-filter-pdf = PDF sənədi
