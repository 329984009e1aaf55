# محتوای الگوهای داخلی: عنوان نقشه‌ها، سناریوها، نام مراحل، کارت‌های نمونه،
# نام تیم‌ها، نام و واحد KPIها و یادداشت‌های منحنی احساسات.
# کلیدها به شکل tpl-<template>-<part>-<name> هستند و src/templates.rs هسته
# آن‌ها را جای می‌دهد. نقشه‌ای که از الگو ساخته شود، این متن را به زبانی
# می‌گیرد که در آن ساخته شده است؛ پس اصطلاحات مراحل، ردیف‌ها و نقاط درد
# همان اصطلاحات فارسی محصول است. نقل‌قول‌های داخل کارت‌ها سخن مشتری است
# و در گیومهٔ فارسی « » می‌آید.

## blank

tpl-blank-title = سفر بدون عنوان
tpl-blank-stage-1 = مرحله ۱
tpl-blank-stage-2 = مرحله ۲
tpl-blank-stage-3 = مرحله ۳
tpl-blank-stage-4 = مرحله ۴
tpl-blank-stage-5 = مرحله ۵

## b2c

tpl-b2c-title = فروشگاه اینترنتی: نخستین خرید
tpl-b2c-scenario = مشتری‌ای که نخستین بار از این فروشگاه خرید می‌کند، کفش دویدن را آنلاین می‌خرد و مشتری فروشگاه می‌ماند.
tpl-b2c-stage-awareness = آگاهی
tpl-b2c-stage-consideration = بررسی
tpl-b2c-stage-purchase = خرید
tpl-b2c-stage-onboarding = شروع استفاده
tpl-b2c-stage-usage = استفاده
tpl-b2c-stage-retention = حفظ مشتری
tpl-b2c-stage-advocacy = طرفداری
tpl-b2c-card-find-shoes = کفشی پیدا کنم که درد زانویم را برطرف کند
tpl-b2c-card-pay-quickly = سریع پرداخت کنم و بدانم سفارش کی می‌رسد
tpl-b2c-card-sees-friend = پست دویدن یکی از دوستانش را می‌بیند
tpl-b2c-card-compares-models = سه مدل را مقایسه می‌کند و نظرات را می‌خواند
tpl-b2c-card-orders-app = در اپلیکیشن سفارش می‌دهد
tpl-b2c-card-unboxes-tries = جعبه را باز می‌کند و کفش‌ها را امتحان می‌کند
tpl-b2c-card-runs-times = هفته‌ای سه بار می‌دود
tpl-b2c-card-gets-reminder = یادآوری تعویض کفش‌های فرسوده را دریافت می‌کند
tpl-b2c-card-posts-review = نظرش را همراه با عکس منتشر می‌کند
tpl-b2c-card-instagram-post = پست اینستاگرام
tpl-b2c-card-product-pages = صفحه‌های محصول و نظرات
tpl-b2c-card-checkout-app = پرداخت در اپلیکیشن
tpl-b2c-card-box-fitting = جعبه همراه با راهنمای انتخاب سایز
tpl-b2c-card-chat-running = چت با مربی دویدن
tpl-b2c-card-replacement-reminder = یادآوری تعویض
tpl-b2c-card-review-shared = نظر منتشرشده در شبکه‌های اجتماعی
tpl-b2c-card-right-flat = «کدام‌یک از این‌ها برای کف پای صاف مناسب است؟»
tpl-b2c-card-delivery-extra = «چرا حالا هزینه ارسال جدا حساب می‌شود؟»
tpl-b2c-card-friends-should = «دوستانم هم باید این فروشگاه را امتحان کنند»
tpl-b2c-card-size-charts = جدول سایز برندها با هم فرق دارد
tpl-b2c-card-delivery-cost = هزینه ارسال فقط در گام آخر نمایش داده می‌شود
tpl-b2c-card-reminder-emails = ایمیل‌های یادآوری کلیشه‌ای به نظر می‌رسند
tpl-b2c-card-fit-finder = ابزار انتخاب سایز که درباره فرم پا می‌پرسد
tpl-b2c-card-show-delivery = نمایش هزینه ارسال در صفحه محصول
tpl-b2c-card-reminder-based = یادآوری بر اساس مسافت دویده‌شده
tpl-b2c-kpi-conversion-rate = نرخ تبدیل
tpl-b2c-unit-percent = %
tpl-b2c-kpi-csat = CSAT
tpl-b2c-unit-out-of-5 = /5
tpl-b2c-kpi-nps = NPS
tpl-b2c-feeling-curious = کنجکاو
tpl-b2c-feeling-unsure-model = مطمئن نیست کدام مدل مناسب است
tpl-b2c-feeling-surprised-delivery = غافلگیر از هزینه ارسال
tpl-b2c-feeling-good-first = برداشت اول خوب
tpl-b2c-feeling-runs-without = بدون درد می‌دود
tpl-b2c-feeling-proud-recommend = با افتخار توصیه می‌کند

## b2b

tpl-b2b-title = نرم‌افزار B2B: از ایده تا گسترش
tpl-b2b-scenario = مدیر عملیات یک شرکت متوسط، صفحه‌گسترده‌ها را با یک ابزار برنامه‌ریزی جایگزین می‌کند.
tpl-b2b-stage-out-market = خارج از بازار
tpl-b2b-stage-motivation = انگیزه
tpl-b2b-stage-initial-research = جستجوی اولیه
tpl-b2b-stage-selection = انتخاب
tpl-b2b-stage-purchase = خرید
tpl-b2b-stage-onboarding = راه‌اندازی
tpl-b2b-stage-expansion = گسترش
tpl-b2b-card-keep-up = از ایده‌های تازه این حوزه باخبر بمانم
tpl-b2b-card-stop-losing = دیگر سفارش‌ها را به‌خاطر خطاهای صفحه‌گسترده از دست ندهم
tpl-b2b-card-pick-tool = ابزاری انتخاب کنم که تیم واقعاً از آن استفاده کند
tpl-b2b-card-reads-industry = خبرنامه‌های صنعت را می‌خواند
tpl-b2b-card-missed-delivery = یک تحویل انجام‌نشده، تغییر را فوری می‌کند
tpl-b2b-card-builds-long = فهرست بلندی از ده فروشنده تهیه می‌کند
tpl-b2b-card-short-lists = سه گزینه را در فهرست کوتاه می‌گذارد و جلسه دمو می‌گیرد
tpl-b2b-card-negotiates-signs = مذاکره می‌کند و قرارداد را امضا می‌کند
tpl-b2b-card-imports-data = داده‌ها را وارد می‌کند و به تیم آموزش می‌دهد
tpl-b2b-card-rolls-out = استفاده را به شعبه دوم گسترش می‌دهد
tpl-b2b-card-newsletter = خبرنامه
tpl-b2b-card-trade-fair = سخنرانی در نمایشگاه تخصصی
tpl-b2b-card-comparison-pages = صفحه‌های مقایسه
tpl-b2b-card-demo-call = تماس دمو
tpl-b2b-card-contract-email = قرارداد از طریق ایمیل
tpl-b2b-card-onboarding-chat = چت راه‌اندازی
tpl-b2b-card-pricing-hidden = قیمت‌ها پشت «تماس با واحد فروش» پنهان است
tpl-b2b-card-legal-review = بررسی حقوقی شش هفته طول می‌کشد
tpl-b2b-card-data-import = ورود داده از قالب‌های قدیمی ناموفق است
tpl-b2b-card-publish-clear = انتشار شفاف پلن‌های قیمت
tpl-b2b-card-standard-contract = قرارداد استاندارد با بندهای از پیش تأییدشده
tpl-b2b-card-import-wizard = دستیار ورود داده با بررسی قالب
tpl-b2b-team-sales = فروش
tpl-b2b-card-tailored-demo = دموی اختصاصی با داده‌های خود مشتری
tpl-b2b-team-customer-success = موفقیت مشتری
tpl-b2b-card-kick-off = جلسه شروع و برنامه آموزش
tpl-b2b-team-legal = حقوقی
tpl-b2b-card-contract-review = بررسی قرارداد
tpl-b2b-team-support = پشتیبانی
tpl-b2b-card-data-migration = اسکریپت‌های انتقال داده
tpl-b2b-feeling-under-pressure = تحت فشار
tpl-b2b-feeling-overwhelmed-options = سردرگم میان گزینه‌های زیاد
tpl-b2b-feeling-demo-looks = دمو امیدوارکننده است
tpl-b2b-feeling-stuck-legal = در بررسی حقوقی گیر افتاده
tpl-b2b-feeling-import-problems = مشکلات ورود داده
tpl-b2b-feeling-clear-results = نتایج روشن است، بیشتر می‌خواهد

## service

tpl-service-title = مرکز خدمات خودرو: سرویس سالانه
tpl-service-scenario = صاحب یک خودرو پیش از سفری طولانی، سرویس سالانه خودرویش را انجام می‌دهد.
tpl-service-stage-need-noticed = تشخیص نیاز
tpl-service-stage-search-compare = جستجو و مقایسه
tpl-service-stage-booking = نوبت‌گیری
tpl-service-stage-drop-off = تحویل دادن خودرو
tpl-service-stage-waiting-repair = انتظار / تعمیر
tpl-service-stage-pick-up = تحویل گرفتن و پرداخت
tpl-service-stage-follow-up = پیگیری
tpl-service-card-service-light = چراغ سرویس روشن می‌شود
tpl-service-card-compares-prices = قیمت سه تعمیرگاه را مقایسه می‌کند
tpl-service-card-books-slot = آنلاین نوبت می‌گیرد
tpl-service-card-hands-over = سوئیچ را تحویل می‌دهد
tpl-service-card-waits-call = منتظر تماس می‌ماند
tpl-service-card-pays-collects = هزینه را می‌پردازد و خودرو را تحویل می‌گیرد
tpl-service-card-answers-short = به یک نظرسنجی کوتاه پاسخ می‌دهد
tpl-service-card-price-list = فهرست قیمت آنلاین
tpl-service-card-booking-form = فرم نوبت‌گیری
tpl-service-card-reception-desk = میز پذیرش
tpl-service-card-call-about = تماس درباره کار اضافه
tpl-service-card-cash-desk = صندوق
tpl-service-card-survey-email = ایمیل نظرسنجی
tpl-service-card-prices-not = قیمت‌ها قابل مقایسه نیستند
tpl-service-card-no-update = ساعت‌ها هیچ خبری نیست
tpl-service-card-bill-higher = صورت‌حساب بیشتر از برآورد اولیه است
tpl-service-card-text-message = پیامک همراه با عکس‌های تعمیر
tpl-service-card-approve-extra = تأیید کار اضافه در اپلیکیشن پیش از انجام آن
tpl-service-team-reception = پذیرش
tpl-service-card-checks-car = خودرو را با حضور مشتری پذیرش می‌کند
tpl-service-team-service-advisor = مشاور سرویس
tpl-service-card-calls-approve = برای تأیید کار اضافه تماس می‌گیرد
tpl-service-team-workshop = کارگاه
tpl-service-card-inspection-repair = بازدید فنی و تعمیر
tpl-service-card-confirms-slot = نوبت را تأیید می‌کند
tpl-service-team-parts = قطعات
tpl-service-card-parts-ordered = سفارش قطعات از انبار
tpl-service-kpi-average-repair = میانگین زمان تعمیر
tpl-service-unit-hours = ساعت
tpl-service-kpi-csat = CSAT
tpl-service-unit-out-of-5 = /5
tpl-service-feeling-worried-about = نگران هزینه
tpl-service-feeling-easy-booking = نوبت‌گیری آسان
tpl-service-feeling-no-news = خبری نیست، خودرو هنوز آماده نیست
tpl-service-feeling-bill-higher-expected = صورت‌حساب بیشتر از انتظار
tpl-service-feeling-car-runs = خودرو خوب کار می‌کند
