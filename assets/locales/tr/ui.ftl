# Sayfanın kendi sözcükleri (Türkçe). Çekirdeğin de kullandığı sözcükler
# (sözlük, geri alma adımları, hatalar, dışa aktarma başlıkları) core.ftl
# içindedir. Anahtarlar göründükleri yere göre sıralanmıştır; bir birim testi
# (ui/tests/i18n.test.ts) sayfanın kullandığı her anahtarın burada veya
# core.ftl içinde olduğunu denetler.

app-name = Waymark
about-text = Waymark 0.1: müşteri yolculuk haritaları tek bir yerel dosyada. Hesap yok, bulut yok.
dialog-cancel = İptal
tooltip-with-key = { $name } ({ $key })
tooltip-nothing-to-undo = Geri alınacak bir şey yok
tooltip-nothing-to-redo = Yinelenecek bir şey yok

## Menus and actions

menu-file = Dosya
menu-edit = Düzen
menu-view = Görünüm
menu-map = Harita
menu-language = Dil
menu-native-digits = Farsça rakamlar (۱۲۳)
menu-native-calendar = İran takvimi
menu-help = Yardım
menu-recent = Son kullanılanlar

action-new = Yeni proje…
action-open = Aç…
action-save-as = Farklı kaydet…
action-export = Dışa aktar…
action-close = Projeyi kapat
action-quit = Çık
action-undo = Geri al
action-undo-what = Geri al: { $what }
action-redo = Yinele
action-redo-what = Yinele: { $what }
action-cut = Kes
action-copy = Kopyala
action-paste = Yapıştır
action-duplicate = Çoğalt
action-delete = Sil
action-select-all = Tüm kartları seç
action-edit-selection = Seçimi düzenle
action-deselect = Seçimi temizle
action-command-palette = Komut paleti…
action-nudge-left = Sola taşı
action-nudge-right = Sağa taşı
action-nudge-up = Yukarı taşı
action-nudge-down = Aşağı taşı
action-nav-up = Üsttekini seç
action-nav-down = Alttakini seç
action-nav-left = Soldakini seç
action-nav-right = Sağdakini seç
action-nav-next = Sonrakini seç
action-nav-previous = Öncekini seç
action-nav-first = İlk yeri seç
action-nav-last = Son yeri seç
action-zoom-in = Yakınlaştır
action-zoom-out = Uzaklaştır
action-zoom-fit = Ekrana sığdır
action-zoom-100 = Gerçek boyut
action-personas = Personalar paneli
action-fullscreen = Tam ekran
action-duplicate-future = Gelecek durum olarak çoğalt
action-add-stage = Aşama ekle
action-about = Waymark hakkında

## Command palette

palette-title = Komutlar
palette-search = Bir komut yazın
palette-nothing = Eşleşen komut yok

## Toolbar and map header

toolbar-map = Harita
toolbar-new-map = Yeni harita…
toolbar-new-map-label = Şablondan yeni harita
toolbar-map-kind = Harita türü
toolbar-fit = Sığdır
toolbar-personas = Personalar
toolbar-commands = Komutlar
toolbar-new = Yeni…
toolbar-export = Dışa aktar…
header-derived-from = kaynak: { $title }
header-derived-from-deleted = kaynak: silinmiş bir harita
header-no-persona = Bağlı persona yok
future-state-title = { $title } (gelecek durum)

## The canvas

canvas-role = yolculuk haritası
canvas-label = Yolculuk haritası. Ok tuşlarıyla kartlar ve hücreler arasında gezinilir, Enter ile düzenlenir, Delete ile silinir, Ctrl+oklar ile taşınır.
canvas-cells = Haritanın hücreleri
canvas-lanes = Kulvarlar
canvas-stages = Aşamalar
canvas-card-role = kart
canvas-no-map = Bu projede henüz harita yok. Yukarıdaki Harita menüsünden bir harita oluşturun.
editor-card = Kart metni
editor-new-card = Yeni kart metni
editor-name-stage = Aşamanın adı
editor-name-step = Adımın adı
editor-name-lane = Kulvarın adı
editor-hint = Bitirmek için Ctrl+Enter veya Esc
resize-width = Genişlik: { $size }
resize-height = Yükseklik: { $size }
default-stage-name = Yeni aşama
default-step-name = Adım { $n }
default-persona-name = Yeni persona

## What screen readers hear

describe-card = { $what }. { $lane }, { $column }
describe-card-missing = Kart
describe-column-step = { $stage }, { $step }
describe-picture = Resim
describe-empty-card = Boş kart
describe-channel = kanal { $channel }
describe-severity = önem derecesi { $level }
describe-impact = etki { $level }
describe-effort = çaba { $level }
describe-metric = { $name }: şu an { $current }, hedef { $target } { $unit }
describe-owner = sorumlu { $owner }
describe-cards-selected = { $count } kart seçildi
describe-empty-place = boş hücre. { $lane }, { $column }
describe-no-emotion = duygu noktası yok. { $lane }, { $column }
describe-emotion = duygu { $value }{ $critical ->
    [yes] , kritik an
   *[no] {""}
}. { $lane }, { $column }
describe-stage = Aşama { $name }
describe-step = Adım { $name }
describe-lane = Kulvar { $name } ({ $kind })

## Palette

palette-label = Palet
palette-add-lane = Kulvar ekle
palette-lane-tip = En alta eklemek için tıklayın veya haritaya sürükleyin
palette-touchpoints = Temas noktaları
palette-channel-name = { $channel } temas noktası
palette-channel-tip = { $channel }: bir temas noktası hücresine veya kartına sürükleyin
palette-channel-select-first = Önce bir temas noktası kartı seçin veya simgeyi bir temas noktası hücresine sürükleyin.
palette-channel-where = Simgeyi bir temas noktası hücresine sürükleyin ya da önce bir temas noktası kartı veya hücresi seçin.

## Inspector

inspector-title = Özellikler
inspector-cards = { $count } kart
inspector-card = Kart
inspector-in-lane = kulvar: { $lane }
inspector-text = Metin
inspector-none = Yok
inspector-not-rated = Derecelendirilmedi
inspector-metric-current = Mevcut
inspector-metric-target = Hedef
inspector-metric-unit = Birim
inspector-metric-unit-hint = %, gün, /5…
inspector-choose-picture = Resim seç…
inspector-replace-picture = Resmi değiştir…
inspector-remove-picture = Resmi kaldır
inspector-alt = Alternatif metin
inspector-colour = Renk
inspector-colour-named = Renk: { $colour }
inspector-lane-colour = Kulvar rengi
inspector-default-colour = Varsayılan
inspector-header-colour = Başlık rengi
inspector-edit-on-map = Haritada düzenle
inspector-delete-card = Kartı sil
inspector-delete-cards = { $count } kartı sil
inspector-stage = Aşama
inspector-step = Adım
inspector-lane = Kulvar
inspector-map = Harita
inspector-name = Ad
inspector-description = Açıklama
inspector-width = Genişlik
inspector-height = Yükseklik
inspector-kind = Tür
inspector-map-language = Haritanın dili
inspector-map-language-project = Projenin dili ({ $language })
inspector-map-language-unset = Ayarlanmadı
inspector-map-flow = Yön
inspector-move-left = Sola taşı
inspector-move-right = Sağa taşı
inspector-move-up = Yukarı taşı
inspector-move-down = Aşağı taşı
inspector-add-stage-after = Sonrasına aşama ekle
inspector-add-step = Adım ekle
inspector-add-step-after = Sonrasına adım ekle
inspector-delete-stage = Aşamayı sil
inspector-delete-step = Adımı sil
inspector-delete-lane = Kulvarı sil
inspector-emotion = Duygu
inspector-emotion-scale = Müşteri nasıl hissediyor
inspector-critical = Kritik an (gerçeğin anı)
inspector-note = Not
inspector-clear-point = Noktayı temizle
inspector-no-point = Henüz nokta yok: bir değer seçin, kulvara çift tıklayın veya kulvarın içinde sürükleyin.
inspector-empty-place = Boş yer
inspector-add-card = Kart ekle (Enter)
inspector-title-field = Başlık
inspector-scenario = Senaryo
inspector-business-goal = İş hedefi
inspector-last-reviewed = Son gözden geçirme
inspector-reviewed-today = Bugün gözden geçirildi
inspector-pick-date = Tarih seç…
inspector-clear-date = Tarihi temizle
inspector-map-personas = Bu haritadaki personalar
inspector-no-personas = Henüz persona yok: oluşturmak için Personalar panelini açın.
inspector-hint = Burada düzenlemek için bir kart, hücre, aşama başlığı veya kulvar başlığı seçin.
inspector-delete-map = Bu haritayı sil
inspector-read-only = Bu görünüm salt okunur.

## Personas panel

personas-title = Personalar
personas-new = Yeni persona
personas-list = Bu projenin personaları
personas-on-map = bu haritada
personas-link = Bu haritada göster ({ $map })
personas-linked = Bu haritada gösteriliyor ({ $map })
personas-drop-photo = Fotoğrafı buraya bırakın
personas-choose-photo = Fotoğraf seç…
personas-replace-photo = Fotoğrafı değiştir…
personas-remove-photo = Fotoğrafı kaldır
personas-one-per-line = Her satıra bir tane
personas-delete = Personayı sil
personas-empty = Persona, haritanın konu aldığı müşteridir: adı, fotoğrafı, bir alıntısı, kim olduğu ve ne istediği.
persona-photo-of = Fotoğraf: { $name }
persona-group-demographics = Demografi
persona-group-geography = Coğrafya
persona-group-buying = Satın alma davranışı
persona-group-psychographics = Psikografi
persona-group-segment = Segment

## Start screen

start-new-project = Yeni proje
start-lead = Müşteri yolculuk haritaları bilgisayarınızda tek bir dosyada. Hesap yok, bulut yok.
start-templates = Bir şablonla başlayın
start-open = Proje aç…
start-recent = Son kullanılanlar
start-recent-missing = { $path } (taşınmış veya silinmiş)

## Export dialog

export-title = Dışa aktar
export-format = Biçim
export-format-pdf = PDF (vektör, aranabilir metin)
export-format-png = PNG görseli
export-what = İçerik
export-this-map = Bu harita
export-every-map = Projenin tüm haritaları
export-persona-pages = Her persona için bir sayfa
export-paper = Kâğıt
export-paper-fit = İçeriğe sığdır (harita başına bir sayfa)
export-paper-a4 = A4
export-paper-a3 = A3
export-paper-letter = Letter
export-paper-tabloid = Tabloid
export-orientation = Yön
export-landscape = Yatay
export-portrait = Dikey
export-size = Kâğıttaki boyut
export-scale-to-page = Tek sayfaya sığacak şekilde ölçekle
export-poster = Sayfalara bölünmüş tam boyut (poster)
export-scale = Ölçek
export-scale-option = { $scale }x ({ $dpi } dpi)
export-transparent = Saydam arka plan
export-progress = Dışa aktarma ilerlemesi
export-go = Dışa aktar…
export-preview = Önizleme
export-preview-alt = Dışa aktarılan haritanın önizlemesi
export-preparing = Önizleme hazırlanıyor…
export-summary-png = { $width } × { $height } piksel, { $scale }x, { $dpi } dpi
export-summary-fit = { $pages ->
    [one] 1 sayfa, haritası boyutunda
   *[other] { $pages } sayfa, her biri kendi haritası boyutunda
}
export-summary-paper = { $pages ->
    [one] 1 sayfa
   *[other] { $pages } sayfa
}, { $paper } { $orientation ->
    [landscape] yatay
   *[portrait] dikey
}

## Messages

toast-dismiss = Kapat
toast-saved-copy = Kopya { $file } olarak kaydedildi; artık kopyayı düzenliyorsunuz.
toast-exported = Dışa aktarıldı: { $path } ({ $kb } KB).
toast-copied = { $count ->
    [one] 1 kart kopyalandı.
   *[other] { $count } kart kopyalandı.
}
toast-paste-nowhere = Yanına yapıştırmak için bir hücre veya kart seçin.
toast-undone = Geri alındı: { $what }
toast-redone = Yinelendi: { $what }
toast-changed-elsewhere = { $what }, “{ $map }” haritasında
toast-drop-picture-where = Resmi bir personanın fotoğrafının üzerine veya resim içeren bir kulvarın hücresine bırakın.
toast-drop-what = Waymark, .waymark projelerini ve PNG veya JPEG resimlerini açar.

## Persona fields in the panel

persona-field-name = Ad
persona-field-quote = Alıntı
persona-field-age = Yaş
persona-field-gender = Cinsiyet
persona-field-occupation = Meslek
persona-field-income = Gelir
persona-field-family = Aile
persona-field-education = Eğitim
persona-field-region = Bölge
persona-field-frequency = Ne sıklıkla satın alıyor
persona-field-decision-time = Karar vermesi ne kadar sürüyor
persona-field-triggers = Satın almayı ne tetikliyor
persona-field-values = Değerler
persona-field-lifestyle = Yaşam tarzı
persona-field-segment = Segment
persona-field-goals = Hedefler
persona-field-motivations = Motivasyonlar
persona-field-frustrations = Sıkıntılar
