# Вміст вбудованих шаблонів: назви мап, сценарії, назви етапів, приклади
# карток, назви команд, назви та одиниці KPI, примітки до кривої емоцій.
# Ключі мають вигляд tpl-<шаблон>-<частина>-<назва>; їх розставляє
# src/templates.rs ядра. Мапа, створена з шаблону, отримує текст мовою,
# якою її створено. Цитати в картках — слова клієнта, у лапках « ».

## blank

tpl-blank-title = Шлях без назви
tpl-blank-stage-1 = Етап 1
tpl-blank-stage-2 = Етап 2
tpl-blank-stage-3 = Етап 3
tpl-blank-stage-4 = Етап 4
tpl-blank-stage-5 = Етап 5

## b2c

tpl-b2c-title = Інтернет-магазин: перша покупка
tpl-b2c-scenario = Новий покупець купує бігові кросівки онлайн і залишається клієнтом магазину.
tpl-b2c-stage-awareness = Обізнаність
tpl-b2c-stage-consideration = Розгляд
tpl-b2c-stage-purchase = Покупка
tpl-b2c-stage-onboarding = Онбординг
tpl-b2c-stage-usage = Використання
tpl-b2c-stage-retention = Утримання
tpl-b2c-stage-advocacy = Рекомендації
tpl-b2c-card-find-shoes = Знайти кросівки, з якими не болітиме коліно
tpl-b2c-card-pay-quickly = Швидко оплатити й знати, коли привезуть
tpl-b2c-card-sees-friend = Бачить допис друга про біг
tpl-b2c-card-compares-models = Порівнює три моделі й читає відгуки
tpl-b2c-card-orders-app = Замовляє в застосунку
tpl-b2c-card-unboxes-tries = Розпаковує й приміряє кросівки
tpl-b2c-card-runs-times = Бігає тричі на тиждень
tpl-b2c-card-gets-reminder = Отримує нагадування замінити зношені кросівки
tpl-b2c-card-posts-review = Публікує відгук із фото
tpl-b2c-card-instagram-post = Допис в Instagram
tpl-b2c-card-product-pages = Сторінки товарів і відгуки
tpl-b2c-card-checkout-app = Оформлення замовлення в застосунку
tpl-b2c-card-box-fitting = Коробка з порадами щодо приміряння
tpl-b2c-card-chat-running = Чат із тренером з бігу
tpl-b2c-card-replacement-reminder = Нагадування про заміну
tpl-b2c-card-review-shared = Відгук у соцмережах
tpl-b2c-card-right-flat = «Яка з цих моделей підійде при плоскостопості?»
tpl-b2c-card-delivery-extra = «Чому доставка тепер платна?»
tpl-b2c-card-friends-should = «Моїм друзям варто спробувати цей магазин»
tpl-b2c-card-size-charts = Розмірні сітки в різних брендів відрізняються
tpl-b2c-card-delivery-cost = Вартість доставки видно лише на останньому кроці
tpl-b2c-card-reminder-emails = Листи-нагадування здаються шаблонними
tpl-b2c-card-fit-finder = Підбір моделі з питаннями про форму стопи
tpl-b2c-card-show-delivery = Показувати вартість доставки на сторінці товару
tpl-b2c-card-reminder-based = Нагадування залежно від пробігу
tpl-b2c-kpi-conversion-rate = Коефіцієнт конверсії
tpl-b2c-unit-percent = %
tpl-b2c-kpi-csat = CSAT
tpl-b2c-unit-out-of-5 = /5
tpl-b2c-kpi-nps = NPS
tpl-b2c-feeling-curious = Цікавість
tpl-b2c-feeling-unsure-model = Не знає, яка модель підійде
tpl-b2c-feeling-surprised-delivery = Вартість доставки неприємно здивувала
tpl-b2c-feeling-good-first = Гарне перше враження
tpl-b2c-feeling-runs-without = Бігає без болю
tpl-b2c-feeling-proud-recommend = З гордістю рекомендує

## b2b

tpl-b2b-title = Програма для бізнесу: від ідеї до розширення
tpl-b2b-scenario = Операційний керівник середньої компанії переходить з електронних таблиць на інструмент планування.
tpl-b2b-stage-out-market = Поза ринком
tpl-b2b-stage-motivation = Мотивація
tpl-b2b-stage-initial-research = Первинне дослідження
tpl-b2b-stage-selection = Вибір
tpl-b2b-stage-purchase = Покупка
tpl-b2b-stage-onboarding = Онбординг
tpl-b2b-stage-expansion = Розширення
tpl-b2b-card-keep-up = Стежити за новими ідеями в галузі
tpl-b2b-card-stop-losing = Не втрачати замовлення через помилки в таблицях
tpl-b2b-card-pick-tool = Вибрати інструмент, яким команда справді користуватиметься
tpl-b2b-card-reads-industry = Читає галузеві розсилки
tpl-b2b-card-missed-delivery = Через зірвану поставку зміни стають нагальними
tpl-b2b-card-builds-long = Складає довгий список із десяти постачальників
tpl-b2b-card-short-lists = Відбирає трьох і домовляється про демо
tpl-b2b-card-negotiates-signs = Веде переговори й підписує договір
tpl-b2b-card-imports-data = Імпортує дані й навчає команду
tpl-b2b-card-rolls-out = Запускає інструмент на другому майданчику
tpl-b2b-card-newsletter = Розсилка
tpl-b2b-card-trade-fair = Доповідь на галузевій виставці
tpl-b2b-card-comparison-pages = Сторінки порівняння
tpl-b2b-card-demo-call = Дзвінок із демонстрацією
tpl-b2b-card-contract-email = Договір електронною поштою
tpl-b2b-card-onboarding-chat = Чат онбордингу
tpl-b2b-card-pricing-hidden = Ціни сховано за кнопкою «Звʼязатися з відділом продажів»
tpl-b2b-card-legal-review = Юридична перевірка триває шість тижнів
tpl-b2b-card-data-import = Імпорт даних не працює зі старими форматами
tpl-b2b-card-publish-clear = Опублікувати зрозумілі тарифні плани
tpl-b2b-card-standard-contract = Типовий договір із заздалегідь погодженими пунктами
tpl-b2b-card-import-wizard = Майстер імпорту з перевіркою форматів
tpl-b2b-team-sales = Відділ продажів
tpl-b2b-card-tailored-demo = Індивідуальне демо на даних клієнта
tpl-b2b-team-customer-success = Відділ успіху клієнтів
tpl-b2b-card-kick-off = Стартова зустріч і план навчання
tpl-b2b-team-legal = Юридичний відділ
tpl-b2b-card-contract-review = Перевірка договору
tpl-b2b-team-support = Служба підтримки
tpl-b2b-card-data-migration = Скрипти міграції даних
tpl-b2b-feeling-under-pressure = Під тиском
tpl-b2b-feeling-overwhelmed-options = Забагато варіантів
tpl-b2b-feeling-demo-looks = Демо виглядає багатообіцяюче
tpl-b2b-feeling-stuck-legal = Усе застрягло на юридичній перевірці
tpl-b2b-feeling-import-problems = Проблеми з імпортом
tpl-b2b-feeling-clear-results = Чіткі результати, хочеться більшого

## service

tpl-service-title = Автосервіс: щорічне техобслуговування
tpl-service-scenario = Власник автомобіля проходить щорічне техобслуговування перед далекою поїздкою.
tpl-service-stage-need-noticed = Виявлення потреби
tpl-service-stage-search-compare = Пошук і порівняння
tpl-service-stage-booking = Запис на сервіс
tpl-service-stage-drop-off = Передання авто
tpl-service-stage-waiting-repair = Очікування / ремонт
tpl-service-stage-pick-up = Отримання авто й оплата
tpl-service-stage-follow-up = Зворотний звʼязок
tpl-service-card-service-light = Загоряється індикатор ТО
tpl-service-card-compares-prices = Порівнює ціни трьох автосервісів
tpl-service-card-books-slot = Записується на сервіс онлайн
tpl-service-card-hands-over = Передає ключі
tpl-service-card-waits-call = Чекає на дзвінок
tpl-service-card-pays-collects = Оплачує й забирає авто
tpl-service-card-answers-short = Відповідає на коротке опитування
tpl-service-card-price-list = Прайс-лист на сайті
tpl-service-card-booking-form = Форма запису
tpl-service-card-reception-desk = Стійка приймання авто
tpl-service-card-call-about = Дзвінок щодо додаткових робіт
tpl-service-card-cash-desk = Каса
tpl-service-card-survey-email = Лист з опитуванням
tpl-service-card-prices-not = Ціни неможливо порівняти
tpl-service-card-no-update = Годинами жодних новин
tpl-service-card-bill-higher = Рахунок більший за кошторис
tpl-service-card-text-message = SMS із фото ремонту
tpl-service-card-approve-extra = Погоджувати додаткові роботи в застосунку до їх виконання
tpl-service-team-reception = Рецепція
tpl-service-card-checks-car = Приймає авто разом із клієнтом
tpl-service-team-service-advisor = Майстер-приймальник
tpl-service-card-calls-approve = Телефонує, щоб погодити додаткові роботи
tpl-service-team-workshop = Цех
tpl-service-card-inspection-repair = Огляд і ремонт
tpl-service-card-confirms-slot = Підтверджує час запису
tpl-service-team-parts = Склад запчастин
tpl-service-card-parts-ordered = Запчастини замовлено зі складу
tpl-service-kpi-average-repair = Середній час ремонту
tpl-service-unit-hours = год
tpl-service-kpi-csat = CSAT
tpl-service-unit-out-of-5 = /5
tpl-service-feeling-worried-about = Хвилюється через вартість
tpl-service-feeling-easy-booking = Легкий запис
tpl-service-feeling-no-news = Новин немає, авто досі не готове
tpl-service-feeling-bill-higher-expected = Рахунок більший, ніж очікувалося
tpl-service-feeling-car-runs = Авто їде добре
