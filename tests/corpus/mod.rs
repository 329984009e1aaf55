//! The text corpus that line breaking, visual order and the PDF text layer
//! are checked against: generated strings that move a direction change, a
//! bracket, a quote, a number and a zero-width non-joiner across the line
//! end, and real sentences in each of Waymark's languages.

/// Pieces that went wrong where the direction changes at a line end: what is
/// inside must never be split from what holds it, and each must come back
/// from a PDF exactly as typed.
pub const FEATURES: [&str; 20] = [
    "(سلام دنیا)",
    "«می‌کند»",
    "۲۵٪ رضایت",
    "۰۲۱-۸۸۷۷۶۶۵۵",
    "(NPS ۴۵)",
    "“خرید آنلاین”",
    "[مرحله ۲]",
    "۱۲٬۵۰۰ تومان",
    "50% (نیم)",
    "Ödəniş (پرداخت)",
    "\"نقطه تماس\"",
    "می‌خواهم",
    "(ABC-123)",
    "ۀ جئ بً",
    "café (کافه)",
    "KPI: ۹۰٪",
    "«Journey» سفر",
    "نمی‌دانم (why?)",
    "Очікування (انتظار)",
    "(۳) Rezervācija",
];

/// Filler that opens a paragraph, so its first strong letter sets the
/// paragraph's direction: left to right or right to left.
const OPENERS: [(&str, &str); 2] = [("a", "Card"), ("ب", "کارت")];

/// How far a feature is pushed along the line (in filler letters).
pub const SHIFTS: usize = 20;

/// At least 800 strings: every feature in a left-to-right and a
/// right-to-left paragraph, pushed one letter further each time, so it
/// crosses the end of a line at every point, followed by words that wrap.
pub fn generated() -> Vec<String> {
    let mut out = Vec::new();
    for (filler, word) in OPENERS {
        for feature in FEATURES {
            for shift in 0..SHIFTS {
                // Letters in words of at most seven, so every word fits.
                let letters: Vec<String> = (0..=shift)
                    .collect::<Vec<_>>()
                    .chunks(7)
                    .map(|c| filler.repeat(c.len()))
                    .collect();
                out.push(format!(
                    "{word} {} {feature} {word} {feature}",
                    letters.join(" ")
                ));
            }
        }
    }
    out
}

/// Sentences as users write them, in each language (terms from the seed
/// articles), with their brackets, quotes, numbers and marks.
pub const REAL: [&str; 18] = [
    "Müştəri \"Sifariş\" düyməsini tapa bilmir (mobil tətbiqdə), 3 addımdan sonra imtina edir.",
    "Təmas nöqtəsi: zəng mərkəzi — gözləmə müddəti 12 dəqiqə; NPS 34%.",
    "مشتری دکمه «ثبت سفارش» را پیدا نمی‌کند (در اپلیکیشن موبایل) و بعد از ۳ مرحله منصرف می‌شود.",
    "نقطه تماس: مرکز تماس — زمان انتظار ۱۲ دقیقه؛ رضایت ۳۴٪.",
    "شاخص NPS در مرحله «پرداخت» از ۴۵ به ۶۰ رسید (هدف: ۷۰).",
    "تلفن پشتیبانی ۰۲۱-۸۸۷۷۶۶۵۵ همیشه اشغال است؛ مشتری ناامید می‌شود.",
    "Müşteri \"Sipariş ver\" düğmesini bulamıyor (mobil uygulamada), 3 adımdan sonra vazgeçiyor.",
    "Temas noktası: çağrı merkezi — bekleme süresi 12 dakika; NPS %34.",
    "Клієнт не знаходить кнопку «Замовити» (у мобільному застосунку) і після 3 кроків іде.",
    "Точка контакту: кол-центр — очікування 12 хвилин; NPS 34 %.",
    "Klients neatrod pogu „Pasūtīt” (mobilajā lietotnē) un pēc 3 soļiem aiziet.",
    "Saskarsmes punkts: zvanu centrs — gaidīšana 12 minūtes; NPS 34 %.",
    "The customer can't find the \"Order\" button (in the mobile app) and leaves after 3 steps.",
    "Touchpoint: call centre — 12 minutes on hold; NPS 34%.",
    "Booking app: رزرو آنلاین today (beta)",
    "مرحله Onboarding برای کاربران B2B طولانی است (۷ مرحله).",
    "Qiymət 1 250 ₼ (ƏDV daxil) — “Ödəniş” mərhələsi.",
    "Ключовий показник (KPI): частка повторних звернень ≤ 5 %.",
];

/// Widths (layout units, the font at 14) the corpus is laid out at.
#[allow(dead_code)] // the PDF test lays cards out at the cards' own width
pub const WIDTHS: [f32; 3] = [120.0, 170.0, 230.0];
