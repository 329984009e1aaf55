# Основний каталог Waymark: усе, що Rust-частина каже людям (українською).
#
# Ключі — сталі ідентифікатори, спільні зі сторінкою (`ui.ftl` містить власні
# слова сторінки). Аргументи — рядки, числа або інші повідомлення (їх
# перекладають першими). Речення помилок починаються з малої літери: CLI
# друкує їх після "waymark: ", і помилки вкладаються одна в одну.

## Словники

lane-kind-goals = Цілі та потреби
lane-kind-actions = Дії
lane-kind-touchpoints = Точки контакту
lane-kind-thoughts = Думки
lane-kind-emotions = Емоції
lane-kind-pain-points = Больові точки
lane-kind-opportunities = Можливості
lane-kind-metrics = Метрики та KPI
lane-kind-front-stage = Фронт-офіс
lane-kind-back-stage = Бек-офіс
lane-kind-support-processes = Допоміжні процеси
lane-kind-resources = Ресурси
lane-kind-milestones = Віхи
lane-kind-notes = Нотатки
lane-kind-images = Зображення

channel-website = Вебсайт
channel-mobile-app = Мобільний застосунок
channel-social = Соцмережі
channel-email = Електронна пошта
channel-phone = Телефон
channel-store = Особисто / магазин
channel-chat = Чат / месенджер
channel-advertising = Реклама
channel-packaging = Упаковка
channel-delivery = Доставка
channel-event = Заходи

level-low = Низький
level-medium = Середній
level-high = Високий

map-kind-current-state = Поточний стан
map-kind-future-state = Цільовий стан
map-kind-day-in-the-life = День із життя
map-kind-service-blueprint = Схема обслуговування
map-flow-auto = Як пишуть цією мовою
map-flow-ltr = Зліва направо
map-flow-rtl = Справа наліво

card-field-channel = Канал
card-field-severity = Серйозність
card-field-impact = Вплив
card-field-effort = Зусилля
card-field-metric = Метрика
card-field-owner = Відповідальний
card-field-picture = Зображення

kpi-csat = CSAT
kpi-nps = NPS
kpi-conversion-rate = Коефіцієнт конверсії
kpi-retention-rate = Коефіцієнт утримання
kpi-customer-lifetime-value = Пожиттєва цінність клієнта
kpi-average-resolution-time = Середній час вирішення
kpi-complaint-rate = Рівень скарг
kpi-return-rate = Рівень повернень

template-blank = Порожня мапа
template-blank-blurb = Пʼять порожніх етапів і звичні доріжки.
template-b2c = Роздріб / B2C (7 етапів)
template-b2c-blurb = Перша покупка в інтернет-магазині: від обізнаності до рекомендацій.
template-b2b = B2B (7 етапів)
template-b2b-blurb = Купівля програм для бізнесу: від стану поза ринком до розширення.
template-service = Сервісний бізнес (автосервіс)
template-service-blurb = Щорічне технічне обслуговування в автосервісі, з доріжками схеми обслуговування.

## Кроки скасування: history-<тип команди>, і назви пакетів

history-set-project = Редагування проєкту
history-create-map = Нова мапа
history-duplicate-map = Дублювання мапи
history-set-map-info = Редагування мапи
history-move-map = Переміщення мапи
history-delete-map = Видалення мапи
history-add-stage = Додавання етапу
history-update-stage = Редагування етапу
history-move-stage = Переміщення етапу
history-resize-stage = Зміна розміру етапу
history-delete-stage = Видалення етапу
history-add-step = Додавання кроку
history-rename-step = Перейменування кроку
history-move-step = Переміщення кроку
history-resize-step = Зміна розміру кроку
history-delete-step = Видалення кроку
history-add-lane = Додавання доріжки
history-update-lane = Редагування доріжки
history-move-lane = Переміщення доріжки
history-resize-lane = Зміна розміру доріжки
history-delete-lane = Видалення доріжки
history-add-card = Додавання картки
history-edit-card = Редагування картки
history-move-card = Переміщення картки
history-set-card-color = Зміна кольору картки
history-delete-card = Видалення картки
history-set-emotion = Встановлення емоції
history-clear-emotion = Очищення емоції
history-create-persona = Нова персона
history-update-persona = Редагування персони
history-delete-persona = Видалення персони
history-link-persona = Привʼязування персони
history-unlink-persona = Відвʼязування персони
history-add-image = Додавання зображення
history-several-edits = Кілька змін
history-move-cards = Переміщення { $count } { $count ->
        [one] картки
        [few] карток
        [many] карток
       *[other] картки
    }
history-move-some-cards = Переміщення карток
history-delete-cards = Видалення { $count } { $count ->
        [one] картки
        [few] карток
        [many] карток
       *[other] картки
    }
history-colour-cards = Зміна кольору { $count } { $count ->
        [one] картки
        [few] карток
        [many] карток
       *[other] картки
    }
history-cut-cards = Вирізання { $count } { $count ->
        [one] картки
        [few] карток
        [many] карток
       *[other] картки
    }
history-paste-cards = Вставлення { $count } { $count ->
        [one] картки
        [few] карток
        [many] карток
       *[other] картки
    }
history-duplicate-cards = Дублювання { $count } { $count ->
        [one] картки
        [few] карток
        [many] карток
       *[other] картки
    }
history-set-channel = Вибір каналу
history-set-persona-photo = Зміна фото персони
history-set-card-picture = Зміна зображення картки
history-add-picture = Додавання зображення

## Стан перегляду мапи

review-never = Ще не переглянуто
review-on = Переглянуто { $date }
review-due = час переглянути
# Значення «останній перегляд» у заголовку, коли настав час перегляду.
review-date-due = { $date } ({ review-due })

## Підписи експорту

# Блок заголовка над мапою.
header-what = Мапа шляху клієнта
header-business-goal = БІЗНЕС-ЦІЛЬ
header-last-reviewed = ОСТАННІЙ ПЕРЕГЛЯД
# Цитата персони в лапках, прийнятих у мові.
persona-quote = «{ $text }»

# Легенда під мапою.
legend-lanes = Доріжки
legend-badges = Позначки
legend-emotion = Емоція
legend-channels = Канали
legend-level-low = Низька серйозність · високий вплив · малі зусилля
legend-level-medium = Середній
legend-level-high = Висока серйозність · низький вплив · великі зусилля
legend-critical-moment = критичний момент
emotion-very-negative = дуже негативна
emotion-negative = негативна
emotion-neutral = нейтральна
emotion-positive = позитивна
emotion-very-positive = дуже позитивна

# На картках. $level — назва рівня (level-low...).
badge-severity = Серйозність: { $level }
badge-impact = Вплив: { $level }
badge-effort = Зусилля: { $level }
metric-now = зараз
metric-target = ціль
picture-none = Немає зображення

# Сторінка персони.
persona-page = ПЕРСОНА
persona-demographics = ДЕМОГРАФІЯ
persona-geography = ГЕОГРАФІЯ
persona-buying-behaviour = КУПІВЕЛЬНА ПОВЕДІНКА
persona-psychographics = ПСИХОГРАФІКА
persona-goals = ЦІЛІ
persona-motivations = МОТИВАЦІЇ
persona-frustrations = ФРУСТРАЦІЇ
persona-age = Вік
persona-gender = Стать
persona-occupation = Рід занять
persona-income = Дохід
persona-family = Сімʼя
persona-education = Освіта
persona-region = Регіон
persona-frequency = Як часто
persona-decision-time = Час на рішення
persona-triggers = Тригери
persona-values = Цінності
persona-lifestyle = Спосіб життя

# Сторінки плаката: назва фрагмента (B2) і його місце.
tile-label = { $tile } (рядок { $row }, стовпець { $column } із { $columns }x{ $rows })

## Назви, які ядро придумує, коли команда їх не задає

name-map-copy = { $title } (копія)
name-map-derived = { $title } ({ $kind ->
        [current_state] поточний стан
        [future_state] цільовий стан
        [day_in_the_life] день із життя
       *[service_blueprint] схема обслуговування
    })

## Помилки: error-<код>

error-not-found = { $record } не існує
error-duplicate = { $record } уже існує
error-history-mismatch = історія скасування більше не відповідає мапі ({ $problem })
error-file-missing = { $path }: { file-problem-file-missing }
error-file-exists = { $path }: { file-problem-file-exists }
error-not-waymark = { $path }: { file-problem-not-waymark }
error-file-corrupt = { $path }: файл пошкоджено ({ $problem })
error-file-newer = { $path }: файл створено новішою версією Waymark (формат { $found }; ця версія читає до { $supported }); оновіть Waymark, щоб відкрити його
error-file-locked = { $path }: { file-problem-file-locked }
error-file-io = { $path }: { $problem }
error-import-refused = імпорт відхилено: { $problem }
error-image-refused = зображення відхилено: { $problem }
error-storage = не вдалося зберегти: { $detail }
error-export-failed = не вдалося експортувати: { $problem }
# Власні помилки оболонки.
error-no-project = Жоден проєкт не відкрито.
error-bad-command = не вдалося прочитати зміну: { $detail }
error-window-failed = вікно не змогло цього зробити: { $detail }

## Що не так із файлом проєкту (без назви файлу)

file-problem-file-missing = файл не існує
file-problem-file-exists = файл із такою назвою вже існує
file-problem-not-waymark = це не проєкт Waymark
file-problem-file-corrupt = файл пошкоджено ({ $problem })
file-problem-file-newer = файл створено новішою версією Waymark (формат { $found }; ця версія читає до { $supported }); оновіть Waymark, щоб відкрити його
file-problem-file-locked = файл відкрито в іншому вікні Waymark або в іншій програмі
file-problem-file-io = { $problem }

## Записи, названі в повідомленнях

record-project = проєкт { $id }
record-image = зображення { $id }
record-persona = персона { $id }
record-map = мапа { $id }
record-stage = етап { $id }
record-step = крок { $id }
record-lane = доріжка { $id }
record-card = картка { $id }
record-emotion-point = точка емоції { $id }

## Назви полів у повідомленнях

field-project-title = назва проєкту
field-project-description = опис проєкту
field-stage-name = назва етапу
field-stage-description = опис етапу
field-stage-width = ширина етапу
field-step-name = назва кроку
field-step-width = ширина кроку
field-lane-name = назва доріжки
field-lane-height = висота доріжки
field-persona-name = імʼя персони
field-persona-quote = цитата персони
field-persona-age = вік персони
field-persona-gender = стать персони
field-persona-occupation = рід занять персони
field-persona-income = дохід персони
field-persona-family = сімʼя персони
field-persona-education = освіта персони
field-persona-region = регіон персони
field-persona-buying-frequency = частота покупок персони
field-persona-decision-time = час на рішення персони
field-persona-triggers = тригери персони
field-persona-values = цінності персони
field-persona-lifestyle = спосіб життя персони
field-persona-segment = сегмент персони
field-persona-goals = цілі персони
field-persona-motivations = мотивації персони
field-persona-frustrations = фрустрації персони
field-map-title = назва мапи
field-map-scenario = сценарій мапи
field-map-business-goal = бізнес-ціль мапи
field-card-text = текст картки
field-card-owner = відповідальний за картку
field-image-description = опис зображення
field-metric-name = назва метрики
field-metric-unit = одиниця метрики
field-emotion-note = примітка до емоції

## Проблеми: точніша причина помилки

problem-read-only = файл доступний лише для читання; скопіюйте його туди, де можна записувати
problem-system = { $detail }
problem-damaged = { $detail }
problem-change-unwritable = не вдається записати зміну: { $detail }
problem-history-unreadable = не вдається прочитати запис історії ({ $detail })
problem-row-missing = у файлі немає запису: { $record }
problem-bad-id = «{ $value }» — недійсний ідентифікатор
problem-unknown-value = невідоме значення «{ $value }»
problem-out-of-range = { $value } поза допустимим діапазоном
problem-bad-persona-list = список персон не є JSON-списком рядків
problem-project-rows = файл містить { $count } { $count ->
        [one] запис
        [few] записи
        [many] записів
       *[other] запису
    } проєкту замість одного
problem-emotion-range = емоція { $value } поза допустимим діапазоном
problem-bad-colour = «{ $value }» — не колір у форматі #1f6feb
problem-bad-date = «{ $value }» — не дата у форматі 2026-11-22
problem-text-too-long = поле «{ $field }» містить { $count } { $count ->
        [one] символ
        [few] символи
        [many] символів
       *[other] символу
    }; дозволено щонайбільше { $max }
problem-control-character = поле «{ $field }» містить керівний символ U+{ $code }
problem-blank = поле «{ $field }» не може бути порожнім
problem-not-one-line = поле «{ $field }» має займати один рядок
problem-size-range = значення поля «{ $field }» ({ $value }) виходить за межі { $min }..={ $max }
problem-bad-language = «{ $value }» — не мовний тег на зразок «az» чи «fa-IR»
problem-no-emotion-point = у цьому стовпці немає точки емоції
problem-resize-split-stage = цей етап поділено на кроки; змініть розмір одного з його кроків
problem-template-keys = закінчилися ключі клітинок шаблону
problem-persona-linked = цю персону вже привʼязано до мапи
problem-persona-not-linked = цю персону не привʼязано до мапи
problem-update-changes-id = оновлення має зберігати ідентифікатор запису
problem-delete-project = сам проєкт видалити не можна
problem-step-map = крок має бути на мапі свого етапу
problem-persona-twice = персону привʼязано до мапи двічі
problem-derived-from-itself = мапу не можна створити на основі її самої
problem-stage-other-map = етап належить іншій мапі
problem-step-other-stage = крок належить іншому етапу
problem-lane-other-map = доріжка належить іншій мапі
problem-card-in-emotion-lane = доріжка емоцій містить точки емоцій, а не картки
problem-metric-not-finite = значення метрики має бути скінченним числом
problem-emotion-point-taken = у цій доріжці вже є точка емоції в цьому стовпці
problem-image-empty = зображення не може бути порожнім
problem-stored-image-too-big = збережене зображення більше за 8 МіБ
problem-field-wrong-lane = { $field ->
        [channel] канал стосується карток точок контакту
        [severity] серйозність стосується карток больових точок
        [impact] вплив і зусилля стосуються карток можливостей
        [effort] вплив і зусилля стосуються карток можливостей
        [metric] метрика стосується карток KPI
        [owner] відповідальний стосується карток фронт-офісу, бек-офісу або допоміжних процесів
       *[picture] зображення стосується карток зображень або нотаток
    }, а не доріжки «{ $lane }»
problem-list-too-long = поле «{ $field }» містить { $count } { $count ->
        [one] елемент
        [few] елементи
        [many] елементів
       *[other] елемента
    }; дозволено щонайбільше { $max }
problem-too-many-map-personas = до мапи можна привʼязати щонайбільше { $max } { $max ->
        [one] персону
        [few] персони
        [many] персон
       *[other] персони
    }, а не { $count }
problem-step-needed = етап «{ $stage }» поділено на кроки; укажіть крок
problem-not-emotion-lane = доріжка «{ $lane }» не є доріжкою емоцій
problem-emotion-scale = емоція { $value } поза шкалою -2..+2
problem-still-used = { $record } досі використовується: { $user ->
        [persona] персоною
        [card] карткою
        [map] мапою
        [derived_map] мапою, створеною на її основі
        [stage_or_lane] етапом або доріжкою
        [step] кроком
       *[card_or_emotion_point] карткою або точкою емоції
    }; спершу видаліть або перемістіть їх
problem-shared-key = два сусідні елементи мають однаковий ключ порядку «{ $value }»
problem-bad-key = «{ $value }» — не ключ порядку
problem-image-type = зображення { $mime } не підтримуються
problem-batch-too-big = пакет може містити щонайбільше { $max } { $max ->
        [one] команду
        [few] команди
        [many] команд
       *[other] команди
    }
problem-position-past-end = позиція { $index } за межами кінця (усього { $count } { $count ->
        [one] елемент
        [few] елементи
        [many] елементів
       *[other] елемента
    })
problem-no-room = { $what ->
        [project_maps] проєкт (мапи)
        [project_cards] проєкт (картки)
        [project_images] проєкт (зображення)
        [project_personas] проєкт (персони)
        [cell_cards] клітинка (картки)
        [map_personas] мапа (персони)
        [map_stages] мапа (етапи)
        [map_lanes] мапа (доріжки)
       *[stage_steps] етап (кроки)
    } може містити щонайбільше { $max }
problem-copy-off-map = мапу не можна скопіювати: запис посилається на інший обʼєкт ({ $record }), якого немає на цій мапі
problem-lane-holds-cards = доріжка «{ $lane }» містить картки; перемістіть або видаліть їх, перш ніж робити її доріжкою емоцій
problem-lane-holds-curve = доріжка «{ $lane }» містить криву емоцій; очистьте її, перш ніж змінювати тип доріжки
problem-changed-elsewhere = { $record }: змінено в іншому місці
problem-picture-file-too-big = файл має розмір { $size } МБ; приймаються щонайбільше { $max } МБ
problem-picture-format = можна використовувати лише зображення PNG і JPEG
problem-picture-bytes-too-big = зображення більше за 8 МіБ
problem-picture-too-big = зображення більше за { $max } × { $max } { $max ->
        [one] піксель
        [few] пікселі
        [many] пікселів
       *[other] пікселя
    }
problem-picture-not-declared-type = дані не відповідають типу { $mime }
problem-picture-size-differs = зображення має розмір { $width }x{ $height }, а не { $declared_width }x{ $declared_height }, як зазначено
problem-picture-unreadable = не вдається прочитати зображення ({ $detail })
problem-json-unwritable = не вдається записати JSON: { $detail }
problem-json-too-big = файл більший за { $max } МБ
problem-json-invalid = це не коректний JSON Waymark ({ $detail })
problem-json-not-waymark = це не проєкт Waymark (поле «format» має бути «{ $format }»)
problem-json-newer = файл використовує версію формату { $found }; ця версія Waymark читає версію { $supported }; оновіть Waymark
problem-json-version = непідтримувана версія формату { $found }
problem-json-malformed = файл має неправильну структуру ({ $detail })
problem-json-project-too-big = проєкт завеликий (мап: { $maps }, персон: { $personas }, зображень: { $images }, карток: { $cards })
problem-json-map-too-big = мапа «{ $map }» має забагато етапів або доріжок
problem-json-stage-too-big = етап «{ $stage }» має забагато кроків
problem-json-id-twice = ідентифікатор { $id } використано двічі
problem-json-image = зображення { $id }: { $problem }
problem-json-unsound = проєкт внутрішньо неузгоджений: { $problem }
problem-no-map-to-export = у проєкті немає мапи для експорту
problem-pdf-empty = засіб запису PDF нічого не створив
problem-font-subset = не вдається створити підмножину шрифту { $font }: { $detail }
problem-font-subset-unreadable = не вдається прочитати підмножину шрифту { $font }
problem-export-picture = не вдається прочитати зображення: { $detail }
problem-png-scale-range = масштаб PNG має бути від 1 до 4, а не { $scale }
problem-png-scale = масштаб PNG { $scale } не є додатним
problem-png-encode = не вдається закодувати PNG: { $detail }
problem-png-no-header = кодувальник PNG не записав заголовок
problem-png-write = не вдається записати PNG: { $detail }
problem-paint-thread = потік малювання завершився з помилкою
problem-paint-rows = намальовано більше рядків, ніж є в зображенні
problem-font-unreadable = не вдається прочитати вбудований шрифт: { $detail }
problem-paint-width = не вдається намалювати ширину в { $width } { $width ->
        [one] піксель
        [few] пікселі
        [many] пікселів
       *[other] пікселя
    }
problem-paint-strip = не вдається отримати намальовану смугу
problem-png-rows = забагато рядків PNG
problem-png-missing-rows = у PNG бракує { $count } { $count ->
        [one] рядка
        [few] рядків
        [many] рядків
       *[other] рядка
    }
problem-icon = значок { $icon }: { $detail }
problem-layout-size = макет мапи не має скінченного розміру
problem-theme = вбудована тема пошкоджена: { $detail }
problem-no-grid = кадр не містить сітки мапи
problem-not-utf8 = файл не є текстом UTF-8
problem-commands-unreadable = { $path }: { $detail }
problem-command-failed = команда { $number } з { $total } ({ $command }) не виконалася, попередні команди ({ $applied }) застосовано: { $problem }
problem-bad-map-id = «{ $value }» — не ідентифікатор мапи
problem-png-one-map = PNG показує одну мапу; виберіть її за допомогою --map ID
problem-export-format = { $path }: невідомий формат; використовуйте назву файлу .pdf, .png або .json
problem-json-cell-too-big = клітинка мапи «{ $map }» містить забагато карток
problem-picture-path-too-big = { $path } має розмір { $size } МБ; приймаються щонайбільше { $max } МБ
problem-unknown-template = невідомий шаблон «{ $name }»
problem-replace-open-project = { $path } — це проєкт, відкритий зараз; виберіть іншу назву
problem-unknown-export-format = невідомий формат експорту «{ $format }»
problem-unknown-page-size = невідомий розмір сторінки «{ $page }»
problem-export-stopped = експорт зупинено: { $detail }
problem-menu-accelerator = пункт меню «{ $item }» має комбінацію клавіш «{ $accelerator }», яку меню не може використати
problem-menu-id = ідентифікатор меню «{ $id }» використано двічі або він зарезервований для оболонки
problem-language-unknown = для мови «{ $lang }» немає каталогу повідомлень

## Native dialogs of the shell (titles, file type), and the file name an export suggests

dialog-open-project = Відкрити проєкт Waymark
dialog-new-project = Створити проєкт Waymark
dialog-save-copy = Зберегти копію як
dialog-choose-picture = Вибрати зображення
dialog-export = Експорт
dialog-filter-project = Проєкт Waymark
export-default-name = Мапа шляху клієнта
dialog-filter-pictures = Зображення
dialog-filter-png = Зображення PNG
dialog-filter-pdf = Документ PDF
