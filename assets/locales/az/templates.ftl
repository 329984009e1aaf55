# Daxili şablonların məzmunu: xəritə başlıqları, ssenarilər, mərhələ adları,
# nümunə kartlar, komanda adları, KPI adları və ölçü vahidləri, emosiya
# əyrisindəki qeydlər. Açarlar tpl-<şablon>-<hissə>-<ad> şəklindədir; onları
# nüvənin src/templates.rs faylı yerləşdirir. Kartlardakı sitatlar müştərinin
# sözləridir və Azərbaycan dilinin dırnaq işarələri (“ ”) ilə yazılır.

## blank

tpl-blank-title = Adsız səyahət
tpl-blank-stage-1 = Mərhələ 1
tpl-blank-stage-2 = Mərhələ 2
tpl-blank-stage-3 = Mərhələ 3
tpl-blank-stage-4 = Mərhələ 4
tpl-blank-stage-5 = Mərhələ 5

## b2c

tpl-b2c-title = Onlayn mağaza: ilk alış
tpl-b2c-scenario = İlk dəfə alış edən müştəri onlayn qaçış ayaqqabısı alır və mağazadan istifadə etməyə davam edir.
tpl-b2c-stage-awareness = Brendlə tanışlıq
tpl-b2c-stage-consideration = Araşdırma və müqayisə
tpl-b2c-stage-purchase = Alış
tpl-b2c-stage-onboarding = İlk istifadə
tpl-b2c-stage-usage = İstifadə
tpl-b2c-stage-retention = Müştəri saxlama
tpl-b2c-stage-advocacy = Tövsiyə
tpl-b2c-card-find-shoes = Diz ağrımı kəsəcək ayaqqabı tapmaq
tpl-b2c-card-pay-quickly = Tez ödəmək və sifarişin nə vaxt çatacağını bilmək
tpl-b2c-card-sees-friend = Dostunun qaçışla bağlı paylaşımını görür
tpl-b2c-card-compares-models = Üç modeli müqayisə edir və rəyləri oxuyur
tpl-b2c-card-orders-app = Tətbiqdə sifariş verir
tpl-b2c-card-unboxes-tries = Qutunu açır və ayaqqabıları geyinib yoxlayır
tpl-b2c-card-runs-times = Həftədə üç dəfə qaçır
tpl-b2c-card-gets-reminder = Köhnəlmiş ayaqqabıları dəyişmək üçün xatırlatma alır
tpl-b2c-card-posts-review = Fotolarla rəy paylaşır
tpl-b2c-card-instagram-post = Instagram paylaşımı
tpl-b2c-card-product-pages = Məhsul səhifələri və rəylər
tpl-b2c-card-checkout-app = Tətbiqdə ödəniş
tpl-b2c-card-box-fitting = Geyinmə bələdçisi olan qutu
tpl-b2c-card-chat-running = Qaçış məşqçisi ilə çat
tpl-b2c-card-replacement-reminder = Dəyişmə xatırlatması
tpl-b2c-card-review-shared = Sosial şəbəkələrdə paylaşılan rəy
tpl-b2c-card-right-flat = “Bunlardan hansı yastıpəncəlik üçün uyğundur?”
tpl-b2c-card-delivery-extra = “Niyə indi çatdırılma üçün əlavə ödəniş?”
tpl-b2c-card-friends-should = “Dostlarım da bu mağazanı sınamalıdır”
tpl-b2c-card-size-charts = Ölçü cədvəlləri brenddən brendə fərqlənir
tpl-b2c-card-delivery-cost = Çatdırılma haqqı yalnız son addımda görünür
tpl-b2c-card-reminder-emails = Xatırlatma məktubları şablon kimidir
tpl-b2c-card-fit-finder = Ayağın formasını soruşan ölçü seçici
tpl-b2c-card-show-delivery = Çatdırılma haqqını məhsul səhifəsində göstərmək
tpl-b2c-card-reminder-based = Qaçılan məsafəyə görə xatırlatma
tpl-b2c-kpi-conversion-rate = Konversiya dərəcəsi
tpl-b2c-unit-percent = %
tpl-b2c-kpi-csat = CSAT
tpl-b2c-unit-out-of-5 = /5
tpl-b2c-kpi-nps = NPS
tpl-b2c-feeling-curious = Maraqlanır
tpl-b2c-feeling-unsure-model = Hansı modelin uyğun gəldiyinə əmin deyil
tpl-b2c-feeling-surprised-delivery = Çatdırılma haqqı təəccübləndirdi
tpl-b2c-feeling-good-first = Yaxşı ilk təəssürat
tpl-b2c-feeling-runs-without = Ağrısız qaçır
tpl-b2c-feeling-proud-recommend = Tövsiyə etməkdən qürur duyur

## b2b

tpl-b2b-title = B2B proqram təminatı: ideyadan genişlənməyə
tpl-b2b-scenario = Orta ölçülü şirkətin əməliyyatlar rəhbəri elektron cədvəlləri planlaşdırma aləti ilə əvəz edir.
tpl-b2b-stage-out-market = Bazardan kənar
tpl-b2b-stage-motivation = Motivasiya
tpl-b2b-stage-initial-research = İlkin araşdırma
tpl-b2b-stage-selection = Seçim
tpl-b2b-stage-purchase = Alış
tpl-b2b-stage-onboarding = İstifadəyə başlama
tpl-b2b-stage-expansion = Genişlənmə
tpl-b2b-card-keep-up = Sahədəki yeni ideyalardan xəbərdar olmaq
tpl-b2b-card-stop-losing = Cədvəl səhvləri üzündən sifarişləri itirməmək
tpl-b2b-card-pick-tool = Komandanın həqiqətən istifadə edəcəyi aləti seçmək
tpl-b2b-card-reads-industry = Sahə üzrə xəbər bülletenlərini oxuyur
tpl-b2b-card-missed-delivery = Baş tutmayan çatdırılmadan sonra dəyişiklik təcili olur
tpl-b2b-card-builds-long = On təchizatçıdan ibarət uzun siyahı tərtib edir
tpl-b2b-card-short-lists = Üçünü qısa siyahıya salır və demo təyin edir
tpl-b2b-card-negotiates-signs = Danışıqlar aparır və müqaviləni imzalayır
tpl-b2b-card-imports-data = Məlumatları idxal edir və komandanı öyrədir
tpl-b2b-card-rolls-out = İkinci filialda da istifadəyə verir
tpl-b2b-card-newsletter = Xəbər bülleteni
tpl-b2b-card-trade-fair = Sərgidə çıxış
tpl-b2b-card-comparison-pages = Müqayisə səhifələri
tpl-b2b-card-demo-call = Demo zəngi
tpl-b2b-card-contract-email = E-poçtla müqavilə
tpl-b2b-card-onboarding-chat = İlk addımlar üçün çat
tpl-b2b-card-pricing-hidden = Qiymətlər “satış şöbəsi ilə əlaqə” arxasında gizlədilib
tpl-b2b-card-legal-review = Hüquqi yoxlama altı həftə çəkir
tpl-b2b-card-data-import = Köhnə formatlarda məlumat idxalı alınmır
tpl-b2b-card-publish-clear = Aydın qiymət paketlərini dərc etmək
tpl-b2b-card-standard-contract = Əvvəlcədən razılaşdırılmış bəndləri olan standart müqavilə
tpl-b2b-card-import-wizard = Format yoxlaması olan idxal köməkçisi
tpl-b2b-team-sales = Satış
tpl-b2b-card-tailored-demo = Müştərinin məlumatları ilə fərdi demo
tpl-b2b-team-customer-success = Müştəri uğuru
tpl-b2b-card-kick-off = Başlanğıc görüşü və təlim planı
tpl-b2b-team-legal = Hüquq
tpl-b2b-card-contract-review = Müqavilənin yoxlanılması
tpl-b2b-team-support = Dəstək
tpl-b2b-card-data-migration = Məlumat köçürmə skriptləri
tpl-b2b-feeling-under-pressure = Təzyiq altında
tpl-b2b-feeling-overwhelmed-options = Seçimlərin çoxluğundan çaşıb
tpl-b2b-feeling-demo-looks = Demo ümidverici görünür
tpl-b2b-feeling-stuck-legal = Hüquqi yoxlamada ilişib qalıb
tpl-b2b-feeling-import-problems = İdxal problemləri
tpl-b2b-feeling-clear-results = Nəticələr aydındır, daha çoxunu istəyir

## service

tpl-service-title = Avtomobil xidməti mərkəzi: illik texniki xidmət
tpl-service-scenario = Avtomobil sahibi uzun səfərdən əvvəl illik texniki xidmətdən keçir.
tpl-service-stage-need-noticed = Ehtiyacın yaranması
tpl-service-stage-search-compare = Axtarış və müqayisə
tpl-service-stage-booking = Növbəyə yazılma
tpl-service-stage-drop-off = Avtomobilin təhvil verilməsi
tpl-service-stage-waiting-repair = Gözləmə / təmir
tpl-service-stage-pick-up = Təhvil alma və ödəniş
tpl-service-stage-follow-up = Sonrakı əlaqə
tpl-service-card-service-light = Texniki xidmət lampası yanır
tpl-service-card-compares-prices = Üç servisin qiymətlərini müqayisə edir
tpl-service-card-books-slot = Onlayn növbəyə yazılır
tpl-service-card-hands-over = Açarları təhvil verir
tpl-service-card-waits-call = Zəng gözləyir
tpl-service-card-pays-collects = Ödəniş edir və avtomobili götürür
tpl-service-card-answers-short = Qısa sorğunu cavablandırır
tpl-service-card-price-list = Onlayn qiymət siyahısı
tpl-service-card-booking-form = Növbəyə yazılma forması
tpl-service-card-reception-desk = Qəbul masası
tpl-service-card-call-about = Əlavə işlər barədə zəng
tpl-service-card-cash-desk = Kassa
tpl-service-card-survey-email = E-poçtla sorğu
tpl-service-card-prices-not = Qiymətləri müqayisə etmək olmur
tpl-service-card-no-update = Saatlarla heç bir xəbər yoxdur
tpl-service-card-bill-higher = Hesab ilkin qiymətdən yüksəkdir
tpl-service-card-text-message = Təmir fotoları ilə SMS
tpl-service-card-approve-extra = Əlavə işləri görülməzdən əvvəl tətbiqdə təsdiqləmək
tpl-service-team-reception = Qəbul
tpl-service-card-checks-car = Avtomobili müştəri ilə birlikdə yoxlayıb qəbul edir
tpl-service-team-service-advisor = Servis məsləhətçisi
tpl-service-card-calls-approve = Əlavə işlərin təsdiqi üçün zəng edir
tpl-service-team-workshop = Təmir sexi
tpl-service-card-inspection-repair = Yoxlama və təmir
tpl-service-card-confirms-slot = Növbəni təsdiqləyir
tpl-service-team-parts = Ehtiyat hissələri
tpl-service-card-parts-ordered = Hissələr anbardan sifariş edilir
tpl-service-kpi-average-repair = Təmirin orta müddəti
tpl-service-unit-hours = saat
tpl-service-kpi-csat = CSAT
tpl-service-unit-out-of-5 = /5
tpl-service-feeling-worried-about = Xərcdən narahatdır
tpl-service-feeling-easy-booking = Asan növbəyə yazılma
tpl-service-feeling-no-news = Xəbər yoxdur, avtomobil hələ hazır deyil
tpl-service-feeling-bill-higher-expected = Hesab gözləniləndən yüksəkdir
tpl-service-feeling-car-runs = Avtomobil yaxşı işləyir
