# Yerleşik şablonların içeriği: harita başlıkları, senaryolar, aşama adları,
# örnek kartlar, ekip adları, KPI adları ve birimleri, duygu eğrisi notları.
# Anahtarlar tpl-<şablon>-<bölüm>-<ad> biçimindedir; çekirdeğin
# src/templates.rs dosyası bunları yerleştirir. Kartlardaki alıntılar
# müşterinin sözleridir ve Türkçe tırnak işaretleriyle (“ ”) yazılır.

## blank

tpl-blank-title = Adsız yolculuk
tpl-blank-stage-1 = Aşama 1
tpl-blank-stage-2 = Aşama 2
tpl-blank-stage-3 = Aşama 3
tpl-blank-stage-4 = Aşama 4
tpl-blank-stage-5 = Aşama 5

## b2c

tpl-b2c-title = Çevrim içi mağaza: ilk satın alma
tpl-b2c-scenario = İlk kez alışveriş yapan bir müşteri internetten koşu ayakkabısı alır ve mağazayı kullanmaya devam eder.
tpl-b2c-stage-awareness = Farkındalık
tpl-b2c-stage-consideration = Değerlendirme
tpl-b2c-stage-purchase = Satın alma
tpl-b2c-stage-onboarding = İlk kullanım
tpl-b2c-stage-usage = Kullanım
tpl-b2c-stage-retention = Elde tutma
tpl-b2c-stage-advocacy = Savunuculuk
tpl-b2c-card-find-shoes = Diz ağrımı geçirecek ayakkabı bulmak
tpl-b2c-card-pay-quickly = Hızlıca ödemek ve siparişin ne zaman geleceğini bilmek
tpl-b2c-card-sees-friend = Bir arkadaşının koşu paylaşımını görür
tpl-b2c-card-compares-models = Üç modeli karşılaştırır ve yorumları okur
tpl-b2c-card-orders-app = Uygulamadan sipariş verir
tpl-b2c-card-unboxes-tries = Kutuyu açar ve ayakkabıları dener
tpl-b2c-card-runs-times = Haftada üç kez koşar
tpl-b2c-card-gets-reminder = Eskiyen ayakkabılarını yenilemesi için hatırlatma alır
tpl-b2c-card-posts-review = Fotoğraflı bir yorum paylaşır
tpl-b2c-card-instagram-post = Instagram gönderisi
tpl-b2c-card-product-pages = Ürün sayfaları ve yorumlar
tpl-b2c-card-checkout-app = Uygulamada ödeme
tpl-b2c-card-box-fitting = Deneme rehberi olan kutu
tpl-b2c-card-chat-running = Koşu koçuyla sohbet
tpl-b2c-card-replacement-reminder = Yenileme hatırlatması
tpl-b2c-card-review-shared = Sosyal medyada paylaşılan yorum
tpl-b2c-card-right-flat = “Hangisi düz taban için uygun?”
tpl-b2c-card-delivery-extra = “Kargo ücreti neden şimdi ekleniyor?”
tpl-b2c-card-friends-should = “Arkadaşlarım da bu mağazayı denemeli”
tpl-b2c-card-size-charts = Beden tabloları markadan markaya değişiyor
tpl-b2c-card-delivery-cost = Kargo ücreti ancak son adımda görünüyor
tpl-b2c-card-reminder-emails = Hatırlatma e-postaları kişisel değil
tpl-b2c-card-fit-finder = Ayak şeklini soran numara bulucu
tpl-b2c-card-show-delivery = Kargo ücretini ürün sayfasında göstermek
tpl-b2c-card-reminder-based = Koşulan mesafeye göre hatırlatma
tpl-b2c-kpi-conversion-rate = Dönüşüm oranı
tpl-b2c-unit-percent = %
tpl-b2c-kpi-csat = CSAT
tpl-b2c-unit-out-of-5 = /5
tpl-b2c-kpi-nps = NPS
tpl-b2c-feeling-curious = Meraklı
tpl-b2c-feeling-unsure-model = Hangi modelin uyacağından emin değil
tpl-b2c-feeling-surprised-delivery = Kargo ücretine şaşırdı
tpl-b2c-feeling-good-first = İyi bir ilk izlenim
tpl-b2c-feeling-runs-without = Ağrısız koşuyor
tpl-b2c-feeling-proud-recommend = Tavsiye etmekten gurur duyuyor

## b2b

tpl-b2b-title = B2B yazılım: fikirden genişlemeye
tpl-b2b-scenario = Orta ölçekli bir firmanın operasyon sorumlusu elektronik tablolar yerine bir planlama aracına geçer.
tpl-b2b-stage-out-market = Pazar dışı
tpl-b2b-stage-motivation = Motivasyon
tpl-b2b-stage-initial-research = İlk araştırma
tpl-b2b-stage-selection = Seçim
tpl-b2b-stage-purchase = Satın alma
tpl-b2b-stage-onboarding = Devreye alma
tpl-b2b-stage-expansion = Genişleme
tpl-b2b-card-keep-up = Sektördeki yeni fikirleri takip etmek
tpl-b2b-card-stop-losing = Tablo hataları yüzünden sipariş kaybetmemek
tpl-b2b-card-pick-tool = Ekibin gerçekten kullanacağı bir araç seçmek
tpl-b2b-card-reads-industry = Sektör bültenlerini okur
tpl-b2b-card-missed-delivery = Kaçırılan bir teslimattan sonra değişiklik acil hâle gelir
tpl-b2b-card-builds-long = On sağlayıcılık uzun bir liste çıkarır
tpl-b2b-card-short-lists = Üçünü kısa listeye alır ve demo planlar
tpl-b2b-card-negotiates-signs = Pazarlık eder ve sözleşmeyi imzalar
tpl-b2b-card-imports-data = Verileri içe aktarır ve ekibi eğitir
tpl-b2b-card-rolls-out = İkinci bir tesiste de kullanıma alır
tpl-b2b-card-newsletter = Bülten
tpl-b2b-card-trade-fair = Fuar konuşması
tpl-b2b-card-comparison-pages = Karşılaştırma sayfaları
tpl-b2b-card-demo-call = Demo görüşmesi
tpl-b2b-card-contract-email = E-postayla sözleşme
tpl-b2b-card-onboarding-chat = İlk adımlar için sohbet
tpl-b2b-card-pricing-hidden = Fiyatlar “satışla iletişime geçin” arkasında gizli
tpl-b2b-card-legal-review = Hukuki inceleme altı hafta sürüyor
tpl-b2b-card-data-import = Veri aktarımı eski biçimlerde başarısız oluyor
tpl-b2b-card-publish-clear = Net fiyat paketleri yayımlamak
tpl-b2b-card-standard-contract = Önceden onaylanmış maddeler içeren standart sözleşme
tpl-b2b-card-import-wizard = Biçim denetimli içe aktarma sihirbazı
tpl-b2b-team-sales = Satış
tpl-b2b-card-tailored-demo = Müşterinin verileriyle özelleştirilmiş demo
tpl-b2b-team-customer-success = Müşteri başarısı
tpl-b2b-card-kick-off = Başlangıç toplantısı ve eğitim planı
tpl-b2b-team-legal = Hukuk
tpl-b2b-card-contract-review = Sözleşme incelemesi
tpl-b2b-team-support = Destek
tpl-b2b-card-data-migration = Veri taşıma betikleri
tpl-b2b-feeling-under-pressure = Baskı altında
tpl-b2b-feeling-overwhelmed-options = Seçenek çokluğundan bunalmış
tpl-b2b-feeling-demo-looks = Demo umut verici görünüyor
tpl-b2b-feeling-stuck-legal = Hukuki incelemede takılıp kaldı
tpl-b2b-feeling-import-problems = Aktarım sorunları
tpl-b2b-feeling-clear-results = Sonuçlar net, daha fazlasını istiyor

## service

tpl-service-title = Oto servis merkezi: yıllık bakım
tpl-service-scenario = Bir araç sahibi uzun bir yolculuktan önce yıllık bakımını yaptırır.
tpl-service-stage-need-noticed = İhtiyacın fark edilmesi
tpl-service-stage-search-compare = Arama ve karşılaştırma
tpl-service-stage-booking = Randevu alma
tpl-service-stage-drop-off = Aracı bırakma
tpl-service-stage-waiting-repair = Bekleme / onarım
tpl-service-stage-pick-up = Teslim alma ve ödeme
tpl-service-stage-follow-up = Takip
tpl-service-card-service-light = Bakım uyarı lambası yanar
tpl-service-card-compares-prices = Üç servisin fiyatlarını karşılaştırır
tpl-service-card-books-slot = İnternetten randevu alır
tpl-service-card-hands-over = Anahtarları teslim eder
tpl-service-card-waits-call = Aranmayı bekler
tpl-service-card-pays-collects = Öder ve aracını teslim alır
tpl-service-card-answers-short = Kısa bir anketi yanıtlar
tpl-service-card-price-list = İnternette fiyat listesi
tpl-service-card-booking-form = Randevu formu
tpl-service-card-reception-desk = Servis kabul masası
tpl-service-card-call-about = Ek işler hakkında arama
tpl-service-card-cash-desk = Kasa
tpl-service-card-survey-email = Anket e-postası
tpl-service-card-prices-not = Fiyatlar karşılaştırılamıyor
tpl-service-card-no-update = Saatlerce haber yok
tpl-service-card-bill-higher = Fatura, fiyat teklifinden yüksek
tpl-service-card-text-message = Onarım fotoğraflarıyla SMS
tpl-service-card-approve-extra = Ek işleri yapılmadan önce uygulamadan onaylamak
tpl-service-team-reception = Servis kabul
tpl-service-card-checks-car = Aracı müşteriyle birlikte kontrol ederek teslim alır
tpl-service-team-service-advisor = Servis danışmanı
tpl-service-card-calls-approve = Ek işlerin onayı için arar
tpl-service-team-workshop = Atölye
tpl-service-card-inspection-repair = Kontrol ve onarım
tpl-service-card-confirms-slot = Randevuyu onaylar
tpl-service-team-parts = Yedek parça
tpl-service-card-parts-ordered = Parçalar depodan sipariş edilir
tpl-service-kpi-average-repair = Ortalama onarım süresi
tpl-service-unit-hours = sa
tpl-service-kpi-csat = CSAT
tpl-service-unit-out-of-5 = /5
tpl-service-feeling-worried-about = Maliyet konusunda endişeli
tpl-service-feeling-easy-booking = Kolay randevu
tpl-service-feeling-no-news = Haber yok, araç hâlâ hazır değil
tpl-service-feeling-bill-higher-expected = Fatura beklenenden yüksek
tpl-service-feeling-car-runs = Araç sorunsuz çalışıyor
