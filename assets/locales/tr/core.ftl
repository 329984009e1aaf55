# Waymark'ın çekirdek kataloğu: Rust tarafının kullanıcılara söylediği her şey.
#
# Anahtarlar sayfayla paylaşılan kalıcı tanımlayıcılardır (sayfanın kendi
# sözcükleri `ui.ftl` içindedir). Sözlük anahtarları bir önek ile, `_` yerine
# `-` yazılmış kalıcı yazımdan oluşur. Bağımsız değişkenler dize, sayı veya
# (önce işlenen) başka iletilerdir. Hata cümleleri küçük harfle başlar: CLI
# bunları "waymark: " sonrasına yazar ve hatalar iç içe geçer
# ("import refused: image …: …").

## Vocabularies

lane-kind-goals = Hedefler ve ihtiyaçlar
lane-kind-actions = Eylemler
lane-kind-touchpoints = Temas noktaları
lane-kind-thoughts = Düşünceler
lane-kind-emotions = Duygular
lane-kind-pain-points = Sorun noktaları
lane-kind-opportunities = Fırsatlar
lane-kind-metrics = Metrikler ve KPI'lar
lane-kind-front-stage = Ön sahne
lane-kind-back-stage = Arka sahne
lane-kind-support-processes = Destek süreçleri
lane-kind-resources = Kaynaklar
lane-kind-milestones = Kilometre taşları
lane-kind-notes = Notlar
lane-kind-images = Görseller

channel-website = Web sitesi
channel-mobile-app = Mobil uygulama
channel-social = Sosyal medya
channel-email = E-posta
channel-phone = Telefon
channel-store = Yüz yüze / mağaza
channel-chat = Sohbet / mesajlaşma
channel-advertising = Reklam
channel-packaging = Ambalaj
channel-delivery = Teslimat
channel-event = Etkinlikler

level-low = Düşük
level-medium = Orta
level-high = Yüksek

map-kind-current-state = Mevcut durum
map-kind-future-state = Gelecek durum
map-kind-day-in-the-life = Müşterinin bir günü
map-kind-service-blueprint = Hizmet planı
map-flow-auto = Dilin yazım yönünde
map-flow-ltr = Soldan sağa
map-flow-rtl = Sağdan sola

card-field-channel = Kanal
card-field-severity = Önem derecesi
card-field-impact = Etki
card-field-effort = Çaba
card-field-metric = Metrik
card-field-owner = Sorumlu
card-field-picture = Resim

kpi-csat = CSAT
kpi-nps = NPS
kpi-conversion-rate = Dönüşüm oranı
kpi-retention-rate = Elde tutma oranı
kpi-customer-lifetime-value = Müşteri yaşam boyu değeri
kpi-average-resolution-time = Ortalama çözüm süresi
kpi-complaint-rate = Şikâyet oranı
kpi-return-rate = İade oranı

template-blank = Boş harita
template-blank-blurb = Beş boş aşama ve alışılmış kulvarlar.
template-b2c = Perakende / B2C (7 aşama)
template-b2c-blurb = Bir çevrim içi mağazada ilk satın alma, farkındalıktan savunuculuğa.
template-b2b = B2B (7 aşama)
template-b2b-blurb = Kurumsal yazılım satın alma, pazar dışından genişlemeye.
template-service = Hizmet işletmesi (oto servis merkezi)
template-service-blurb = Bir oto servis merkezinde yıllık bakım, hizmet planı kulvarlarıyla.

## Undo steps: history-<command type>, and batch labels

history-set-project = Proje düzenleme
history-create-map = Yeni harita
history-duplicate-map = Harita çoğaltma
history-set-map-info = Harita düzenleme
history-move-map = Harita taşıma
history-delete-map = Harita silme
history-add-stage = Aşama ekleme
history-update-stage = Aşama düzenleme
history-move-stage = Aşama taşıma
history-resize-stage = Aşama boyutlandırma
history-delete-stage = Aşama silme
history-add-step = Adım ekleme
history-rename-step = Adım yeniden adlandırma
history-move-step = Adım taşıma
history-resize-step = Adım boyutlandırma
history-delete-step = Adım silme
history-add-lane = Kulvar ekleme
history-update-lane = Kulvar düzenleme
history-move-lane = Kulvar taşıma
history-resize-lane = Kulvar boyutlandırma
history-delete-lane = Kulvar silme
history-add-card = Kart ekleme
history-edit-card = Kart düzenleme
history-move-card = Kart taşıma
history-set-card-color = Kart renklendirme
history-delete-card = Kart silme
history-set-emotion = Duygu belirleme
history-clear-emotion = Duygu temizleme
history-create-persona = Yeni persona
history-update-persona = Persona düzenleme
history-delete-persona = Persona silme
history-link-persona = Persona bağlama
history-unlink-persona = Persona bağlantısını kaldırma
history-add-image = Görsel ekleme
history-several-edits = Birkaç düzenleme
history-move-cards = { $count } { $count ->
        [one] kart
       *[other] kart
    } taşıma
history-move-some-cards = Kartları taşıma
history-delete-cards = { $count } { $count ->
        [one] kart
       *[other] kart
    } silme
history-colour-cards = { $count } { $count ->
        [one] kart
       *[other] kart
    } renklendirme
history-cut-cards = { $count } { $count ->
        [one] kart
       *[other] kart
    } kesme
history-paste-cards = { $count } { $count ->
        [one] kart
       *[other] kart
    } yapıştırma
history-duplicate-cards = { $count } { $count ->
        [one] kart
       *[other] kart
    } çoğaltma
history-set-channel = Kanal belirleme
history-set-persona-photo = Persona fotoğrafı belirleme
history-set-card-picture = Kart resmi belirleme
history-add-picture = Resim ekleme

## Review state of a map

review-never = Hiç gözden geçirilmedi
review-on = Gözden geçirildi: { $date }
review-due = gözden geçirme zamanı geldi
# Gözden geçirme zamanı geldiğinde başlıktaki "son gözden geçirme" değeri.
review-date-due = { $date } ({ review-due })

## Captions of exports

# Haritanın üstündeki başlık bloğu.
header-what = Müşteri yolculuk haritası
header-business-goal = İŞ HEDEFİ
header-last-reviewed = SON GÖZDEN GEÇİRME
# Personanın alıntısı, dilin tırnak işaretleriyle.
persona-quote = “{ $text }”

# Haritanın altındaki açıklama.
legend-lanes = Kulvarlar
legend-badges = Rozetler
legend-emotion = Duygu
legend-channels = Kanallar
legend-level-low = Önem derecesi düşük · etki yüksek · çaba düşük
legend-level-medium = Orta
legend-level-high = Önem derecesi yüksek · etki düşük · çaba yüksek
legend-critical-moment = kritik an
emotion-very-negative = çok olumsuz
emotion-negative = olumsuz
emotion-neutral = nötr
emotion-positive = olumlu
emotion-very-positive = çok olumlu

# Kartlarda. $level bir düzeyin etiketidir (level-low...).
badge-severity = Önem derecesi: { $level }
badge-impact = Etki: { $level }
badge-effort = Çaba: { $level }
metric-now = şu an
metric-target = hedef
picture-none = Resim yok

# Persona sayfası.
persona-page = PERSONA
persona-demographics = DEMOGRAFİ
persona-geography = COĞRAFYA
persona-buying-behaviour = SATIN ALMA DAVRANIŞI
persona-psychographics = PSİKOGRAFİ
persona-goals = HEDEFLER
persona-motivations = MOTİVASYONLAR
persona-frustrations = SIKINTILAR
persona-age = Yaş
persona-gender = Cinsiyet
persona-occupation = Meslek
persona-income = Gelir
persona-family = Aile
persona-education = Eğitim
persona-region = Bölge
persona-frequency = Ne sıklıkla
persona-decision-time = Karar süresi
persona-triggers = Tetikleyiciler
persona-values = Değerler
persona-lifestyle = Yaşam tarzı

# Poster sayfaları: parçanın adı (B2) ve yeri.
tile-label = { $tile } (satır { $row }, sütun { $column }; toplam { $columns }x{ $rows })

## Names the core makes up when a command leaves one out

name-map-copy = { $title } (kopya)
name-map-derived = { $title } ({ $kind ->
        [current_state] mevcut durum
        [future_state] gelecek durum
        [day_in_the_life] müşterinin bir günü
       *[service_blueprint] hizmet planı
    })

## Errors: error-<code>

error-not-found = { $record } mevcut değil
error-duplicate = { $record } zaten mevcut
error-history-mismatch = geri alma geçmişi artık haritayla uyuşmuyor ({ $problem })
error-file-missing = { $path }: { file-problem-file-missing }
error-file-exists = { $path }: { file-problem-file-exists }
error-not-waymark = { $path }: { file-problem-not-waymark }
error-file-corrupt = { $path }: dosya hasarlı ({ $problem })
error-file-newer = { $path }: dosya daha yeni bir Waymark ile oluşturulmuş (biçim { $found }; bu sürümün okuyabildiği en yüksek biçim { $supported }); açmak için Waymark'ı güncelleyin
error-file-locked = { $path }: { file-problem-file-locked }
error-file-io = { $path }: { $problem }
error-import-refused = içe aktarma reddedildi: { $problem }
error-image-refused = görsel reddedildi: { $problem }
error-storage = kaydetme başarısız oldu: { $detail }
error-export-failed = dışa aktarma başarısız oldu: { $problem }
# Kabuğun kendi hataları.
error-no-project = Açık proje yok.
error-bad-command = düzenleme okunamadı: { $detail }
error-window-failed = pencere bunu yapamadı: { $detail }

## What is wrong with a project file (without the file's name)

file-problem-file-missing = dosya mevcut değil
file-problem-file-exists = bu adda bir dosya zaten var
file-problem-not-waymark = bu bir Waymark projesi değil
file-problem-file-corrupt = dosya hasarlı ({ $problem })
file-problem-file-newer = dosya daha yeni bir Waymark ile oluşturulmuş (biçim { $found }; bu sürümün okuyabildiği en yüksek biçim { $supported }); açmak için Waymark'ı güncelleyin
file-problem-file-locked = dosya başka bir Waymark penceresinde veya programda açık
file-problem-file-io = { $problem }

## Records named in messages

record-project = proje { $id }
record-image = görsel { $id }
record-persona = persona { $id }
record-map = harita { $id }
record-stage = aşama { $id }
record-step = adım { $id }
record-lane = kulvar { $id }
record-card = kart { $id }
record-emotion-point = duygu noktası { $id }

## Field names in messages

field-project-title = proje başlığı
field-project-description = proje açıklaması
field-stage-name = aşama adı
field-stage-description = aşama açıklaması
field-stage-width = aşama genişliği
field-step-name = adım adı
field-step-width = adım genişliği
field-lane-name = kulvar adı
field-lane-height = kulvar yüksekliği
field-persona-name = persona adı
field-persona-quote = persona alıntısı
field-persona-age = persona yaşı
field-persona-gender = persona cinsiyeti
field-persona-occupation = persona mesleği
field-persona-income = persona geliri
field-persona-family = persona ailesi
field-persona-education = persona eğitimi
field-persona-region = persona bölgesi
field-persona-buying-frequency = persona satın alma sıklığı
field-persona-decision-time = persona karar süresi
field-persona-triggers = persona tetikleyicileri
field-persona-values = persona değerleri
field-persona-lifestyle = persona yaşam tarzı
field-persona-segment = persona segmenti
field-persona-goals = persona hedefleri
field-persona-motivations = persona motivasyonları
field-persona-frustrations = persona sıkıntıları
field-map-title = harita başlığı
field-map-scenario = harita senaryosu
field-map-business-goal = harita iş hedefi
field-card-text = kart metni
field-card-owner = kart sorumlusu
field-image-description = görsel açıklaması
field-metric-name = metrik adı
field-metric-unit = metrik birimi
field-emotion-note = duygu notu

## Problems: the finer reason of an error

problem-read-only = dosya salt okunur; yazabileceğiniz bir yere kopyalayın
problem-system = { $detail }
problem-damaged = { $detail }
problem-change-unwritable = değişiklik kaydedilemiyor: { $detail }
problem-history-unreadable = bir geçmiş kaydı okunamıyor ({ $detail })
problem-row-missing = { $record } dosyada yok
problem-bad-id = "{ $value }" geçerli bir kimlik değil
problem-unknown-value = bilinmeyen değer "{ $value }"
problem-out-of-range = { $value } aralığın dışında
problem-bad-persona-list = bir persona listesi, dizelerden oluşan bir JSON listesi değil
problem-project-rows = dosyada bir yerine { $count } proje kaydı var
problem-emotion-range = duygu değeri { $value } aralığın dışında
problem-bad-colour = "{ $value }", #1f6feb gibi bir renk değil
problem-bad-date = "{ $value }", 2026-11-22 gibi bir tarih değil
problem-text-too-long = { $field } { $count } karakter uzunluğunda; en fazla { $max } karaktere izin verilir
problem-control-character = { $field } U+{ $code } denetim karakterini içeriyor
problem-blank = { $field } boş olamaz
problem-not-one-line = { $field } tek satır olmalı
problem-size-range = { $field } { $value }, { $min }..={ $max } aralığının dışında
problem-bad-language = "{ $value }", "az" veya "fa-IR" gibi bir dil etiketi değil
problem-no-emotion-point = bu sütunda duygu noktası yok
problem-resize-split-stage = bu aşama adımlara bölünmüş; adımlarından birini boyutlandırın
problem-template-keys = şablon hücre anahtarları tükendi
problem-persona-linked = bu persona zaten haritaya bağlı
problem-persona-not-linked = bu persona haritaya bağlı değil
problem-update-changes-id = bir güncelleme kaydın kimliğini korumalıdır
problem-delete-project = projenin kendisi silinemez
problem-step-map = bir adım, aşamasının bulunduğu haritada olmalıdır
problem-persona-twice = bir persona haritaya iki kez bağlanmış
problem-derived-from-itself = bir harita kendisinden türetilemez
problem-stage-other-map = aşama başka bir haritaya ait
problem-step-other-stage = adım başka bir aşamaya ait
problem-lane-other-map = kulvar başka bir haritaya ait
problem-card-in-emotion-lane = duygu kulvarı kart değil, duygu noktaları içerir
problem-metric-not-finite = metrik değeri sonlu bir sayı olmalıdır
problem-emotion-point-taken = bu kulvarda bu sütun için zaten bir duygu noktası var
problem-image-empty = görsel boş olamaz
problem-stored-image-too-big = kayıtlı bir görsel 8 MiB sınırını aşıyor
problem-field-wrong-lane = { $field ->
        [channel] kanal yalnızca temas noktası
        [severity] önem derecesi yalnızca sorun noktası
        [impact] etki ve çaba yalnızca fırsat
        [effort] etki ve çaba yalnızca fırsat
        [metric] metrik yalnızca KPI
        [owner] sorumlu yalnızca ön sahne, arka sahne veya destek
       *[picture] resim yalnızca görsel veya not
    } kartlarında olabilir, "{ $lane }" kulvarında olamaz
problem-list-too-long = { $field } { $count } öğe içeriyor; en fazla { $max } öğeye izin verilir
problem-too-many-map-personas = bir harita en fazla { $max } persona hakkında olabilir, { $count } değil
problem-step-needed = "{ $stage }" aşaması adımlara bölünmüş; adımı belirtin
problem-not-emotion-lane = "{ $lane }" kulvarı bir duygu kulvarı değil
problem-emotion-scale = duygu değeri { $value }, -2..+2 ölçeğinin dışında
problem-still-used = { $record } hâlâ { $user ->
        [persona] bir persona
        [card] bir kart
        [map] bir harita
        [derived_map] ondan türetilmiş bir harita
        [stage_or_lane] bir aşama veya kulvar
        [step] bir adım
       *[card_or_emotion_point] bir kart veya duygu noktası
    } tarafından kullanılıyor; önce onu kaldırın veya taşıyın
problem-shared-key = iki kardeş öğe aynı sıralama anahtarını paylaşıyor: "{ $value }"
problem-bad-key = "{ $value }" bir sıralama anahtarı değil
problem-image-type = { $mime } türündeki görseller desteklenmiyor
problem-batch-too-big = bir toplu işlem en fazla { $max } komut içerebilir
problem-position-past-end = { $index } konumu sonun ötesinde ({ $count } öğe var)
problem-no-room = { $what ->
        [project_maps] bir proje en fazla { $max } harita
        [project_cards] bir proje en fazla { $max } kart
        [project_images] bir proje en fazla { $max } görsel
        [project_personas] bir proje en fazla { $max } persona
        [cell_cards] bir hücre en fazla { $max } kart
        [map_personas] bir harita en fazla { $max } persona
        [map_stages] bir harita en fazla { $max } aşama
        [map_lanes] bir harita en fazla { $max } kulvar
       *[stage_steps] bir aşama en fazla { $max } adım
    } içerebilir
problem-copy-off-map = harita kopyalanamıyor: bir kayıt { $record } kaydına işaret ediyor, o kayıt bu haritada değil
problem-lane-holds-cards = "{ $lane }" kulvarında kartlar var; duygu kulvarına dönüştürmeden önce onları taşıyın veya silin
problem-lane-holds-curve = "{ $lane }" kulvarında bir duygu eğrisi var; kulvarın türünü değiştirmeden önce eğriyi temizleyin
problem-changed-elsewhere = { $record } başka bir yerde değiştirildi
problem-picture-file-too-big = dosya { $size } MB; en fazla { $max } MB kabul edilir
problem-picture-format = yalnızca PNG ve JPEG resimler kullanılabilir
problem-picture-bytes-too-big = resim 8 MiB sınırını aşıyor
problem-picture-too-big = resim { $max } x { $max } pikselden büyük
problem-picture-not-declared-type = veri { $mime } türünde değil
problem-picture-size-differs = resim { $width }x{ $height }; bildirildiği gibi { $declared_width }x{ $declared_height } değil
problem-picture-unreadable = resim okunamıyor ({ $detail })
problem-json-unwritable = JSON yazılamıyor: { $detail }
problem-json-too-big = dosya { $max } MB sınırını aşıyor
problem-json-invalid = bu geçerli bir Waymark JSON verisi değil ({ $detail })
problem-json-not-waymark = bu bir Waymark projesi değil ("format" değeri "{ $format }" olmalı)
problem-json-newer = dosyanın biçim sürümü { $found }; bu Waymark { $supported } sürümünü okur; Waymark'ı güncelleyin
problem-json-version = desteklenmeyen biçim sürümü { $found }
problem-json-malformed = dosyanın yapısı bozuk ({ $detail })
problem-json-project-too-big = proje çok büyük ({ $maps } harita, { $personas } persona, { $images } görsel, { $cards } kart)
problem-json-map-too-big = "{ $map }" haritasında çok fazla aşama veya kulvar var
problem-json-stage-too-big = "{ $stage }" aşamasında çok fazla adım var
problem-json-id-twice = kimlik { $id } iki kez kullanılmış
problem-json-image = görsel { $id }: { $problem }
problem-json-unsound = proje tutarlı değil: { $problem }
problem-no-map-to-export = projede dışa aktarılacak harita yok
problem-pdf-empty = PDF yazıcısı hiçbir şey üretmedi
problem-font-subset = { $font } yazı tipinin alt kümesi oluşturulamıyor: { $detail }
problem-font-subset-unreadable = { $font } yazı tipinin alt kümesi okunamıyor
problem-export-picture = bir resim okunamıyor: { $detail }
problem-png-scale-range = PNG ölçeği 1 ile 4 arasında olmalı, { $scale } değil
problem-png-scale = PNG ölçeği { $scale } pozitif değil
problem-png-encode = PNG kodlanamıyor: { $detail }
problem-png-no-header = PNG kodlayıcı başlık yazmadı
problem-png-write = PNG yazılamıyor: { $detail }
problem-paint-thread = bir çizim iş parçacığı başarısız oldu
problem-paint-rows = görselde olandan fazla satır çizildi
problem-font-unreadable = paketteki yazı tipi okunamıyor: { $detail }
problem-paint-width = { $width } piksel genişliğinde çizilemiyor
problem-paint-strip = çizilmiş bir şerit alınamıyor
problem-png-rows = çok fazla PNG satırı
problem-png-missing-rows = PNG'de { $count } satır eksik
problem-icon = simge { $icon }: { $detail }
problem-layout-size = haritanın yerleşiminin sonlu bir boyutu yok
problem-theme = yerleşik tema bozuk: { $detail }
problem-no-grid = çerçevede harita ızgarası yok
problem-not-utf8 = dosya UTF-8 metni değil
problem-commands-unreadable = { $path }: { $detail }
problem-command-failed = { $total } komuttan { $number }. komut ({ $command }) başarısız oldu, ondan önceki { $applied } komut uygulandı: { $problem }
problem-bad-map-id = "{ $value }" bir harita kimliği değil
problem-png-one-map = PNG tek bir harita gösterir; haritayı --map ID ile seçin
problem-export-format = { $path }: bilinmeyen biçim; .pdf, .png veya .json uzantılı bir dosya adı kullanın
problem-json-cell-too-big = "{ $map }" haritasının bir hücresinde çok fazla kart var
problem-picture-path-too-big = { $path }: { $size } MB; en fazla { $max } MB kabul edilir
problem-unknown-template = bilinmeyen şablon "{ $name }"
problem-replace-open-project = { $path } şu anda açık olan proje; başka bir ad seçin
problem-unknown-export-format = bilinmeyen dışa aktarma biçimi "{ $format }"
problem-unknown-page-size = bilinmeyen sayfa boyutu "{ $page }"
problem-export-stopped = dışa aktarma durdu: { $detail }
problem-menu-accelerator = "{ $item }" menü öğesinin kısayolu "{ $accelerator }", ancak menü bu kısayolu kullanamıyor
problem-menu-id = "{ $id }" menü kimliği iki kez kullanılmış ya da kabuğa ayrılmış
problem-language-unknown = "{ $lang }" dili için ileti kataloğu yok

## Native dialogs of the shell (titles, file type), and the file name an export suggests

dialog-open-project = Bir Waymark projesi açın
dialog-new-project = Bir Waymark projesi oluşturun
dialog-save-copy = Kopyayı farklı kaydet
dialog-choose-picture = Bir resim seçin
dialog-export = Dışa aktar
dialog-filter-project = Waymark projesi
export-default-name = Yolculuk haritası
dialog-filter-pictures = Resimler
dialog-filter-png = PNG resmi
dialog-filter-pdf = PDF belgesi
