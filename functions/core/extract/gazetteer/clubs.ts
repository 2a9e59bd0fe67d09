/**
 * Curated sports bodies and football clubs: the governing bodies, the clubs of Europe's main
 * leagues that Arabic sports pages follow, and the leading clubs of the Arab leagues. Same line
 * format as orgs.ts, plus:
 *   `; cue: club`  every form needs a club word before it (نادي، فريق، لاعب، مدرب…) because the
 *                  bare name is a common word: «الأهلي» (national, private), «الهلال»
 *                  (crescent), «النصر» (victory), «الاتحاد» (union), «الوحدة» (unity).
 * A club named after its city (Valencia, Liverpool, Roma) is listed only in a form that names
 * the club («نادي فالنسيا»): the bare word stays the city.
 */
export const CLUBS = `
# Governing bodies
FIFA = الاتحاد الدولي لكرة القدم | فيفا | الفيفا | FIFA
UEFA = الاتحاد الأوروبي لكرة القدم | يويفا | اليويفا | UEFA
International Olympic Committee = اللجنة الأولمبية الدولية
Asian Football Confederation = الاتحاد الآسيوي لكرة القدم
Confederation of African Football = الاتحاد الإفريقي لكرة القدم | الاتحاد الأفريقي لكرة القدم | الكاف
Union of Arab Football Associations = الاتحاد العربي لكرة القدم
FIA = الاتحاد الدولي للسيارات
FIBA = الاتحاد الدولي لكرة السلة
World Athletics = الاتحاد الدولي لألعاب القوى
World Anti-Doping Agency = الوكالة العالمية لمكافحة المنشطات
Egyptian Football Association = الاتحاد المصري لكرة القدم
Saudi Arabian Football Federation = الاتحاد السعودي لكرة القدم
Jordan Football Association = الاتحاد الأردني لكرة القدم
Tunisian Football Federation = الاتحاد التونسي لكرة القدم | الجامعة التونسية لكرة القدم
Royal Moroccan Football Federation = الجامعة الملكية المغربية لكرة القدم
Algerian Football Federation = الاتحاد الجزائري لكرة القدم
Iraq Football Association = الاتحاد العراقي لكرة القدم
Syrian Football Association = الاتحاد السوري لكرة القدم
Lebanese Football Association = الاتحاد اللبناني لكرة القدم
Qatar Football Association = الاتحاد القطري لكرة القدم
UAE Football Association = اتحاد الإمارات لكرة القدم
Spanish Football Federation = الاتحاد الإسباني لكرة القدم
The Football Association = الاتحاد الإنجليزي لكرة القدم
Italian Football Federation = الاتحاد الإيطالي لكرة القدم
German Football Association = الاتحاد الألماني لكرة القدم
French Football Federation = الاتحاد الفرنسي لكرة القدم

# Spain
Real Madrid = ريال مدريد | ريال مدريد الإسباني
FC Barcelona = نادي برشلونة | فريق برشلونة | بارسا | البارسا
Atletico Madrid = أتلتيكو مدريد | أتليتكو مدريد | أتلتكو مدريد | اتلتيكو مدريد | أتلتيكو
Valencia CF = نادي فالنسيا | فريق فالنسيا
Sevilla FC = نادي إشبيلية | فريق إشبيلية
Real Betis = ريال بيتيس | بيتيس
Villarreal = فياريال | فيلاريال
Getafe = خيتافي | جيتافي
Levante = ليفانتي
Osasuna = أوساسونا | اوساسونا
Espanyol = إسبانيول | اسبانيول
Athletic Bilbao = أتلتيك بيلباو | أتليتيك بيلباو | أتلتيك بلباو
Real Sociedad = ريال سوسيداد | ريال سوسييداد
Deportivo La Coruna = ديبورتيفو لاكورونيا | ديبورتيفو لا كورونيا | ديبورتيفو كورونا | ديبورتيفو
Celta Vigo = سلتا فيغو | سيلتا فيغو | سيلتا فيجو | سلتا فيجو
Racing Santander = راسينغ سانتاندر | ريسينغ سانتاندر | راسينج سانتاندر | راسينغ سانتاندير
Recreativo Huelva = ريكرياتيفو هويلفا | ريكرياتيفو
Real Zaragoza = ريال سرقسطة | ريال زاراغوزا
Real Mallorca = ريال مايوركا
Malaga CF = نادي ملقة | نادي مالاغا
Gimnastic de Tarragona = جيمناستيك تاراغونا | خيمناستيك تاراغونا
Real Valladolid = ريال بلد الوليد
Rayo Vallecano = رايو فايكانو
Deportivo Alaves = ديبورتيفو ألافيس | ألافيس

# England
Manchester United = مانشستر يونايتد | مانشستر يونايتيد | المان يونايتد
Manchester City = مانشستر سيتي
Liverpool FC = نادي ليفربول | فريق ليفربول
Arsenal = أرسنال | آرسنال | الأرسنال
Chelsea = تشيلسي | تشلسي
Tottenham Hotspur = توتنهام | توتنهام هوتسبير | توتنهام هوتسبر
Everton = إيفرتون | ايفرتون
Newcastle United = نيوكاسل يونايتد
Aston Villa = أستون فيلا | استون فيلا
West Ham United = وست هام | وست هام يونايتد
Leeds United = ليدز يونايتد
Blackburn Rovers = بلاكبيرن روفرز | بلاكبيرن
Bolton Wanderers = بولتون واندررز
Fulham = فولهام

# Italy
Juventus = يوفنتوس | جوفنتوس | اليوفي
Inter Milan = إنتر ميلان | انتر ميلان | إنتر ميلانو | الإنتر
AC Milan = إيه سي ميلان | آي سي ميلان | نادي ميلان
AS Roma = إيه إس روما | نادي روما | فريق روما
Lazio = لاتسيو | نادي لاتسيو
Fiorentina = فيورنتينا | فيورينتينا
Sampdoria = سامبدوريا
Udinese = أودينيزي | اودينيزي
Atalanta = أتالانتا
SSC Napoli = نادي نابولي | فريق نابولي

# Germany, France and the rest of Europe
Bayern Munich = بايرن ميونيخ | بايرن ميونخ | بايرن
Borussia Dortmund = بوروسيا دورتموند
Schalke 04 = شالكه
Werder Bremen = فيردر بريمن | فيردر بريمين
Bayer Leverkusen = باير ليفركوزن
Hertha Berlin = هرتا برلين
Paris Saint-Germain = باريس سان جيرمان | باريس سان جرمان
Olympique Lyonnais = أولمبيك ليون
Olympique de Marseille = أولمبيك مرسيليا
Benfica = بنفيكا
FC Porto = نادي بورتو | فريق بورتو
Sporting CP = سبورتنغ لشبونة | سبورتينغ لشبونة | سبورتنج لشبونة
Ajax = أياكس | أياكس أمستردام
Feyenoord = فينورد | فاينورد
PSV Eindhoven = بي إس في آيندهوفن | بي إس في
Celtic = سلتيك | سيلتيك
Rangers = غلاسكو رينجرز | رينجرز
Galatasaray = غلطة سراي | غلطه سراي | جالاتا سراي | غالاتاسراي
Fenerbahce = فنربخشة | فنربهجة | فنرباغشة
Besiktas = بشكتاش | بيشكتاش
Olympiacos = أولمبياكوس
Panathinaikos = باناثينايكوس
Anderlecht = أندرلخت | اندرلخت
Boca Juniors = بوكا جونيورز
River Plate = ريفر بليت
Santos FC = نادي سانتوس
Flamengo = فلامنغو | فلامنجو

# Egypt
Al Ahly = النادي الأهلي | نادي الأهلي
Al Ahly = الأهلي ; cue: club
Zamalek = الزمالك | نادي الزمالك
Ismaily = النادي الإسماعيلي
Ismaily = الإسماعيلي ; cue: club
Al Masry = النادي المصري
Al Mokawloon Al Arab = المقاولون العرب
ENPPI = إنبي
Petrojet = بتروجت
Pyramids FC = بيراميدز

# Saudi Arabia and the Gulf
Al Hilal = الهلال ; cue: club
Al Nassr = النصر ; cue: club
Al Ittihad = الاتحاد ; cue: club
Al Shabab = الشباب ; cue: club
Al Ettifaq = الاتفاق ; cue: club
Al Sadd = السد ; cue: club
Al Rayyan = الريان ; cue: club
Al Gharafa = الغرافة ; cue: club
Al Arabi = العربي ; cue: club
Al Ain FC = العين ; cue: club
Al Wasl = الوصل ; cue: club
Shabab Al Ahli = شباب الأهلي
Al Qadsia = القادسية ; cue: club

# The Maghreb
Esperance de Tunis = الترجي | الترجي الرياضي التونسي | الترجي التونسي
Club Africain = النادي الإفريقي | النادي الأفريقي
Club Africain = الإفريقي | الأفريقي ; cue: club
Etoile du Sahel = النجم الساحلي | النجم الرياضي الساحلي
CS Sfaxien = النادي الصفاقسي
CS Sfaxien = الصفاقسي ; cue: club
Stade Tunisien = الملعب التونسي
US Monastir = الاتحاد المنستيري
CA Bizertin = النادي البنزرتي
Raja Casablanca = الرجاء البيضاوي
Raja Casablanca = الرجاء ; cue: club
Wydad Casablanca = الوداد البيضاوي
Wydad Casablanca = الوداد ; cue: club
AS FAR = الجيش الملكي ; cue: club
MC Alger = مولودية الجزائر
JS Kabylie = شبيبة القبائل
ES Setif = وفاق سطيف
USM Alger = اتحاد العاصمة

# The Levant and Iraq
Al-Faisaly = الفيصلي ; cue: club
Al-Wehdat = الوحدات ; cue: club
Shabab Al-Ordon = شباب الأردن
Al-Ansar = الأنصار ; cue: club
Al-Nejmeh = النجمة ; cue: club
Al-Ahed = العهد ; cue: club
Al-Jaish SC = الجيش ; cue: club
Al-Karamah = الكرامة ; cue: club
Al-Wahda = الوحدة ; cue: club
Tishreen SC = تشرين ; cue: club
Al-Zawraa = الزوراء ; cue: club
Al-Quwa Al-Jawiya = القوة الجوية ; cue: club
Al-Shorta = الشرطة ; cue: club
Al-Talaba = الطلبة ; cue: club
`;
