# Власні слова сторінки (українською). Слова, які вживає й ядро (словники,
# кроки скасування, помилки, підписи експорту), — у core.ftl. Ключі впорядковано
# за місцем, де вони зʼявляються; модульний тест (ui/tests/i18n.test.ts)
# перевіряє, що кожен ключ, який використовує сторінка, є тут або в core.ftl.

app-name = Waymark
about-text = Waymark 0.1: мапи шляху клієнта в одному локальному файлі. Без облікового запису, без хмари.
dialog-cancel = Скасувати
tooltip-with-key = { $name } ({ $key })
tooltip-nothing-to-undo = Нічого скасовувати
tooltip-nothing-to-redo = Нічого повторювати

## Меню та дії

menu-file = Файл
menu-edit = Редагування
menu-view = Вигляд
menu-map = Мапа
menu-language = Мова
menu-native-digits = Перські цифри (۱۲۳)
menu-native-calendar = Перський календар
menu-help = Довідка
menu-recent = Відкрити нещодавні

action-new = Новий проєкт…
action-open = Відкрити…
action-save-as = Зберегти як…
action-export = Експортувати…
action-close = Закрити проєкт
action-quit = Вийти
action-undo = Скасувати
action-undo-what = Скасувати: { $what }
action-redo = Повторити
action-redo-what = Повторити: { $what }
action-cut = Вирізати
action-copy = Копіювати
action-paste = Вставити
action-duplicate = Дублювати
action-delete = Видалити
action-select-all = Вибрати всі картки
action-edit-selection = Редагувати вибране
action-deselect = Зняти вибір
action-command-palette = Палітра команд…
action-nudge-left = Перемістити ліворуч
action-nudge-right = Перемістити праворуч
action-nudge-up = Перемістити вгору
action-nudge-down = Перемістити вниз
action-nav-up = Вибрати вище
action-nav-down = Вибрати нижче
action-nav-left = Вибрати ліворуч
action-nav-right = Вибрати праворуч
action-nav-next = Вибрати наступне
action-nav-previous = Вибрати попереднє
action-nav-first = Вибрати перше місце
action-nav-last = Вибрати останнє місце
action-zoom-in = Збільшити
action-zoom-out = Зменшити
action-zoom-fit = Вмістити все
action-zoom-100 = Фактичний розмір
action-personas = Панель персон
action-fullscreen = На весь екран
action-duplicate-future = Дублювати як цільовий стан
action-add-stage = Додати етап
action-about = Про Waymark

## Палітра команд

palette-title = Команди
palette-search = Введіть команду
palette-nothing = Немає відповідних команд

## Панель інструментів і заголовок мапи

toolbar-map = Мапа
toolbar-new-map = Нова мапа…
toolbar-new-map-label = Нова мапа з шаблону
toolbar-map-kind = Тип мапи
toolbar-fit = Вмістити
toolbar-personas = Персони
toolbar-commands = Команди
toolbar-new = Створити…
toolbar-export = Експортувати…
header-derived-from = на основі мапи «{ $title }»
header-derived-from-deleted = на основі видаленої мапи
header-no-persona = Персону не привʼязано
future-state-title = { $title } (цільовий стан)

## Полотно

canvas-role = мапа шляху
canvas-label = Мапа шляху. Клавіші зі стрілками переміщують між картками й клітинками, Enter — редагувати, Delete — видалити, Ctrl+стрілки — перемістити.
canvas-cells = Клітинки мапи
canvas-lanes = Доріжки
canvas-stages = Етапи
canvas-card-role = картка
canvas-no-map = У цьому проєкті ще немає мапи. Створіть її через меню «Мапа» вгорі.
editor-card = Текст картки
editor-new-card = Текст нової картки
editor-name-stage = Назва етапу
editor-name-step = Назва кроку
editor-name-lane = Назва доріжки
editor-hint = Ctrl+Enter або Esc, щоб завершити
resize-width = Ширина: { $size }
resize-height = Висота: { $size }
default-stage-name = Новий етап
default-step-name = Крок { $n }
default-persona-name = Нова персона

## Що чують програми зчитування з екрана

describe-card = { $what }. { $lane }, { $column }
describe-card-missing = Картка
describe-column-step = { $stage }, { $step }
describe-picture = Зображення
describe-empty-card = Порожня картка
describe-channel = канал { $channel }
describe-severity = серйозність: { $level }
describe-impact = вплив: { $level }
describe-effort = зусилля: { $level }
describe-metric = { $name }: зараз { $current }, ціль { $target } { $unit }
describe-owner = відповідальний: { $owner }
describe-cards-selected = { $count ->
    [one] Вибрано { $count } картку
    [few] Вибрано { $count } картки
    [many] Вибрано { $count } карток
   *[other] Вибрано { $count } картки
}
describe-empty-place = порожня клітинка. { $lane }, { $column }
describe-no-emotion = немає точки емоції. { $lane }, { $column }
describe-emotion = емоція { $value }{ $critical ->
    [yes] , критичний момент
   *[no] {""}
}. { $lane }, { $column }
describe-stage = Етап { $name }
describe-step = Крок { $name }
describe-lane = Доріжка { $name } ({ $kind })

## Палітра

palette-label = Палітра
palette-add-lane = Додати доріжку
palette-lane-tip = Клацніть, щоб додати внизу, або перетягніть на мапу
palette-touchpoints = Точки контакту
palette-channel-name = Точка контакту: { $channel }
palette-channel-tip = { $channel }: перетягніть на клітинку або картку точки контакту
palette-channel-select-first = Спершу виберіть картку точки контакту або перетягніть значок на клітинку точки контакту.
palette-channel-where = Перетягніть значок на клітинку точки контакту або спершу виберіть картку чи клітинку точки контакту.

## Панель властивостей

inspector-title = Властивості
inspector-cards = { $count } { $count ->
    [one] картка
    [few] картки
    [many] карток
   *[other] картки
}
inspector-card = Картка
inspector-in-lane = у доріжці «{ $lane }»
inspector-text = Текст
inspector-none = Немає
inspector-not-rated = Без оцінки
inspector-metric-current = Поточне
inspector-metric-target = Цільове
inspector-metric-unit = Одиниця
inspector-metric-unit-hint = %, дні, /5…
inspector-choose-picture = Вибрати зображення…
inspector-replace-picture = Замінити зображення…
inspector-remove-picture = Видалити зображення
inspector-alt = Альтернативний текст
inspector-colour = Колір
inspector-colour-named = Колір { $colour }
inspector-lane-colour = Колір доріжки
inspector-default-colour = Типовий
inspector-header-colour = Колір заголовка
inspector-edit-on-map = Редагувати на мапі
inspector-delete-card = Видалити картку
inspector-delete-cards = Видалити { $count } { $count ->
    [one] картку
    [few] картки
    [many] карток
   *[other] картки
}
inspector-stage = Етап
inspector-step = Крок
inspector-lane = Доріжка
inspector-map = Мапа
inspector-name = Назва
inspector-description = Опис
inspector-width = Ширина
inspector-height = Висота
inspector-kind = Тип
inspector-map-language = Мова мапи
inspector-map-language-project = Мова проєкту ({ $language })
inspector-map-language-unset = Не вибрано
inspector-map-flow = Напрямок
inspector-move-left = Перемістити ліворуч
inspector-move-right = Перемістити праворуч
inspector-move-up = Перемістити вгору
inspector-move-down = Перемістити вниз
inspector-add-stage-after = Додати етап після
inspector-add-step = Додати крок
inspector-add-step-after = Додати крок після
inspector-delete-stage = Видалити етап
inspector-delete-step = Видалити крок
inspector-delete-lane = Видалити доріжку
inspector-emotion = Емоція
inspector-emotion-scale = Як почувається клієнт
inspector-critical = Критичний момент (момент істини)
inspector-note = Примітка
inspector-clear-point = Очистити точку
inspector-no-point = Точки ще немає: виберіть значення, двічі клацніть доріжку або потягніть у ній.
inspector-empty-place = Порожнє місце
inspector-add-card = Додати картку (Enter)
inspector-title-field = Назва
inspector-scenario = Сценарій
inspector-business-goal = Бізнес-ціль
inspector-last-reviewed = Останній перегляд
inspector-reviewed-today = Переглянуто сьогодні
inspector-pick-date = Вибрати дату…
inspector-clear-date = Очистити дату
inspector-map-personas = Персони на цій мапі
inspector-no-personas = Персон ще немає: відкрийте панель персон, щоб створити першу.
inspector-hint = Виберіть картку, клітинку, заголовок етапу або заголовок доріжки, щоб редагувати їх тут.
inspector-delete-map = Видалити цю мапу
inspector-read-only = Цей вигляд лише для читання.

## Панель персон

personas-title = Персони
personas-new = Нова персона
personas-list = Персони цього проєкту
personas-on-map = на цій мапі
personas-link = Показати на цій мапі ({ $map })
personas-linked = Показано на цій мапі ({ $map })
personas-drop-photo = Перетягніть фото сюди
personas-choose-photo = Вибрати фото…
personas-replace-photo = Замінити фото…
personas-remove-photo = Видалити фото
personas-one-per-line = По одному в рядку
personas-delete = Видалити персону
personas-empty = Персона — це клієнт, про якого розповідає мапа: імʼя, фото, цитата, хто він і чого прагне.
persona-photo-of = Фото: { $name }
persona-group-demographics = Демографія
persona-group-geography = Географія
persona-group-buying = Купівельна поведінка
persona-group-psychographics = Психографіка
persona-group-segment = Сегмент

## Початковий екран

start-new-project = Новий проєкт
start-lead = Мапи шляху клієнта в одному файлі на вашому компʼютері. Без облікового запису, без хмари.
start-templates = Почати з шаблону
start-open = Відкрити проєкт…
start-recent = Нещодавні
start-recent-missing = { $path } (переміщено або видалено)

## Діалог експорту

export-title = Експорт
export-format = Формат
export-format-pdf = PDF (векторний, з пошуком у тексті)
export-format-png = Зображення PNG
export-what = Що
export-this-map = Цю мапу
export-every-map = Усі мапи проєкту
export-persona-pages = Окрема сторінка для кожної персони
export-paper = Папір
export-paper-fit = За розміром вмісту (одна сторінка на мапу)
export-paper-a4 = A4
export-paper-a3 = A3
export-paper-letter = Letter
export-paper-tabloid = Tabloid
export-orientation = Орієнтація
export-landscape = Альбомна
export-portrait = Книжкова
export-size = Розмір на папері
export-scale-to-page = Вмістити на одну сторінку
export-poster = Повний розмір на кількох сторінках (плакат)
export-scale = Масштаб
export-scale-option = { $scale }x ({ $dpi } dpi)
export-transparent = Прозоре тло
export-progress = Хід експорту
export-go = Експортувати…
export-preview = Попередній перегляд
export-preview-alt = Попередній перегляд експортованої мапи
export-preparing = Готуємо попередній перегляд…
export-summary-png = { $width } × { $height } { $height ->
    [one] піксель
    [few] пікселі
    [many] пікселів
   *[other] пікселя
} у масштабі { $scale }x, { $dpi } dpi
export-summary-fit = { $pages ->
    [one] { $pages } сторінка розміром із мапу
    [few] { $pages } сторінки, кожна розміром зі свою мапу
    [many] { $pages } сторінок, кожна розміром зі свою мапу
   *[other] { $pages } сторінки, кожна розміром зі свою мапу
}
export-summary-paper = { $pages ->
    [one] { $pages } сторінка
    [few] { $pages } сторінки
    [many] { $pages } сторінок
   *[other] { $pages } сторінки
}, { $paper }, { $orientation ->
    [landscape] альбомна
   *[portrait] книжкова
}

## Повідомлення

toast-dismiss = Закрити
toast-saved-copy = Копію збережено як { $file }; тепер ви редагуєте копію.
toast-exported = Експортовано { $path } ({ $kb } КБ).
toast-copied = { $count ->
    [one] Скопійовано { $count } картку.
    [few] Скопійовано { $count } картки.
    [many] Скопійовано { $count } карток.
   *[other] Скопійовано { $count } картки.
}
toast-paste-nowhere = Виберіть клітинку або картку, поруч із якою вставити.
toast-undone = Скасовано: { $what }
toast-redone = Повторено: { $what }
toast-changed-elsewhere = { $what }, на мапі «{ $map }»
toast-drop-picture-where = Перетягніть зображення на фото персони або на клітинку доріжки, що містить зображення.
toast-drop-what = Waymark відкриває проєкти .waymark і зображення PNG або JPEG.

## Поля персони на панелі

persona-field-name = Імʼя
persona-field-quote = Цитата
persona-field-age = Вік
persona-field-gender = Стать
persona-field-occupation = Рід занять
persona-field-income = Дохід
persona-field-family = Сімʼя
persona-field-education = Освіта
persona-field-region = Регіон
persona-field-frequency = Як часто купує
persona-field-decision-time = Скільки часу ухвалює рішення
persona-field-triggers = Що спонукає до покупки
persona-field-values = Цінності
persona-field-lifestyle = Спосіб життя
persona-field-segment = Сегмент
persona-field-goals = Цілі
persona-field-motivations = Мотивації
persona-field-frustrations = Фрустрації
