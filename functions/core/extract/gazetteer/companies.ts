/**
 * Curated companies and brands that Arabic news names: technology and telecoms, carmakers and
 * racing teams, aircraft makers and airlines, energy, banks, media groups and hotel chains.
 * Same line format as orgs.ts. The lists go by category (the largest and best-known firms of
 * each, and the ones active in the Arab world), not by what any one corpus mentions.
 *
 * A brand whose bare name is an ordinary word or a person is listed only in forms that cannot
 * be misread: «نيسان» is also the month of April, «فورد» also the US ambassador Robert Ford,
 * «شل» a common word and «أمازون» the river, so those appear behind «شركة» or in full.
 */
export const COMPANIES = `
# Technology, electronics, telecoms and internet
Apple = شركة أبل | شركة آبل | أبل | آبل | Apple
Microsoft = مايكروسوفت | ميكروسوفت | شركة مايكروسوفت | Microsoft
Google = غوغل | جوجل | قوقل | شركة غوغل | Google
Alphabet = ألفابت | شركة ألفابت
IBM = آي بي إم | أي بي إم | شركة آي بي إم | IBM
Dell = شركة ديل | ديل كمبيوتر | Dell
Hewlett-Packard = هيوليت باكارد | هيوليت باكرد | إتش بي | HP
Lenovo = لينوفو | شركة لينوفو | Lenovo
Sony = سوني | شركة سوني | Sony
Samsung = سامسونغ | سامسونج | شركة سامسونغ | Samsung
LG = إل جي | ال جي | LG
Nokia = نوكيا | شركة نوكيا | Nokia
Ericsson = شركة إريكسون | شركة اريكسون | Ericsson
Motorola = موتورولا | Motorola
Intel = إنتل | انتل | شركة إنتل | Intel
AMD = إيه إم دي | AMD
Nvidia = إنفيديا | انفيديا | Nvidia
Qualcomm = كوالكوم | Qualcomm
Cisco = سيسكو | Cisco
Oracle = أوراكل | اوراكل | Oracle
Facebook = فيسبوك | فيس بوك | Facebook
Meta = شركة ميتا | ميتا بلاتفورمز
Twitter = تويتر | Twitter
Instagram = إنستغرام | انستغرام | إنستجرام | Instagram
WhatsApp = واتساب | واتس آب | WhatsApp
YouTube = يوتيوب | YouTube
Telegram = تلغرام | تليغرام | تيليجرام
TikTok = تيك توك | TikTok
Amazon = شركة أمازون | أمازون دوت كوم | Amazon
Yahoo = ياهو | Yahoo
eBay = إيباي | eBay
Huawei = هواوي | شركة هواوي | Huawei
ZTE = زد تي إي | ZTE
Xiaomi = شاومي | Xiaomi
Panasonic = باناسونيك | Panasonic
Toshiba = توشيبا | Toshiba
Hitachi = هيتاشي | Hitachi
Sharp = شركة شارب
Canon = شركة كانون | كانون للكاميرات
Nikon = نيكون
Fujitsu = فوجيتسو
Philips = شركة فيليبس | Philips
Siemens = سيمنز | سيمينز | زيمنس | Siemens
Bosch = بوش للأجهزة | شركة بوش
General Electric = جنرال إلكتريك | جنرال الكتريك
SpaceX = سبيس إكس | SpaceX
Tesla = تسلا | شركة تسلا | Tesla
OpenAI = أوبن إيه آي | OpenAI
Vodafone = فودافون | Vodafone
Orange = أورانج | اورانج
Etisalat = شركة اتصالات | مؤسسة الإمارات للاتصالات | اتصالات الإمارات
du = شركة دو
Zain = زين للاتصالات | شركة زين
STC = الاتصالات السعودية | شركة الاتصالات السعودية
Ooredoo = أوريدو | Ooredoo
MTN = إم تي إن | MTN
Syriatel = سيريتل | سيرياتل
Asiacell = آسيا سيل
Korek Telecom = كورك تيليكوم | كورك
Turkcell = توركسيل

# Carmakers and racing teams
Volkswagen = فولكسفاغن | فولكسفاجن | فولكس فاغن | فولكس فاجن | فولكسواغن | Volkswagen
Audi = أودي | أاودي | Audi
Porsche = بورش | بورشه | Porsche
BMW = بي إم دبليو | بي ام دبليو | BMW
Mercedes-Benz = مرسيدس بنز | مرسيدس | Mercedes
Daimler = دايملر | دايملر كرايسلر | DaimlerChrysler
Opel = أوبل
Toyota = تويوتا | Toyota
Honda = هوندا | Honda
Nissan = شركة نيسان | نيسان موتور | Nissan
Mitsubishi = ميتسوبيشي | متسوبيشي | ميتسوبيشى | Mitsubishi
Suzuki = سوزوكي | Suzuki
Mazda = مازدا
Subaru = سوبارو
Hyundai = هيونداي | هيونداى | Hyundai
Kia = كيا موتورز | شركة كيا
General Motors = جنرال موتورز | GM
Ford = فورد موتور | شركة فورد
Chrysler = كرايسلر
Chevrolet = شيفروليه | شفروليه
Renault = رينو | Renault
Peugeot = بيجو | Peugeot
Citroen = سيتروين
Fiat = فيات | Fiat
Ferrari = فيراري | Ferrari
Lamborghini = لامبورغيني
Seat = سيات | SEAT
Skoda = سكودا
Volvo = فولفو | Volvo
Saab = ساب للسيارات
Jaguar = جاكوار
Land Rover = لاند روفر
Rolls-Royce = رولز رويس
Scania = سكانيا
McLaren = ماكلارين | McLaren
Sauber = ساوبر | Sauber
Red Bull = ريد بول
Geely = جيلي
Chery = شيري للسيارات

# Aircraft makers, arms makers and airlines
Boeing = بوينغ | بوينج | البوينغ | البوينج | Boeing
Airbus = إيرباص | ايرباص | إيرباس | Airbus
Lockheed Martin = لوكهيد مارتن
Raytheon = رايثيون
Northrop Grumman = نورثروب غرومان
Embraer = إمبراير
Dassault = داسو | داسو للطيران
Emirates = طيران الإمارات | الخطوط الجوية الإماراتية
Etihad Airways = الاتحاد للطيران
Qatar Airways = الخطوط الجوية القطرية
Saudia = الخطوط الجوية العربية السعودية | الخطوط السعودية
EgyptAir = مصر للطيران
Royal Jordanian = الملكية الأردنية | الخطوط الجوية الملكية الأردنية
Middle East Airlines = طيران الشرق الأوسط
Gulf Air = طيران الخليج
Kuwait Airways = الخطوط الجوية الكويتية
Royal Air Maroc = الخطوط الملكية المغربية
Tunisair = الخطوط التونسية | الخطوط الجوية التونسية
Air Algerie = الخطوط الجوية الجزائرية
Syrian Arab Airlines = مؤسسة الطيران العربية السورية | السورية للطيران
Iraqi Airways = الخطوط الجوية العراقية
Turkish Airlines = الخطوط الجوية التركية
Lufthansa = لوفتهانزا | Lufthansa
Air France = إير فرانس | Air France
British Airways = الخطوط الجوية البريطانية | بريتش إيرويز
Aeroflot = إيروفلوت
flydubai = فلاي دبي

# Energy, mining and industry
ExxonMobil = إكسون موبيل | اكسون موبيل | إكسون
Chevron = شيفرون
Royal Dutch Shell = رويال داتش شل | شركة شل
BP = بريتش بتروليوم | شركة بي بي
TotalEnergies = توتال | توتال إنرجيز | Total
ConocoPhillips = كونوكو فيليبس
Eni = إيني | شركة إيني
Repsol = ريبسول
Gazprom = غازبروم | جازبروم
Rosneft = روسنفت
Lukoil = لوك أويل
Halliburton = هاليبرتون
Schlumberger = شلمبرجير
ADNOC = أدنوك | شركة بترول أبوظبي الوطنية
Kuwait Petroleum Corporation = مؤسسة البترول الكويتية
QatarEnergy = قطر للطاقة | قطر للبترول
Sonatrach = سوناطراك | سوناطراك الجزائرية
SABIC = سابك | الشركة السعودية للصناعات الأساسية
National Iranian Oil Company = شركة النفط الوطنية الإيرانية
North Oil Company = شركة نفط الشمال
Syrian Petroleum Company = الشركة السورية للنفط
ArcelorMittal = أرسيلور ميتال
Rio Tinto = ريو تينتو
Glencore = غلينكور

# Banks, finance and markets
Goldman Sachs = غولدمان ساكس | جولدمان ساكس
JPMorgan Chase = جي بي مورغان | جي بي مورجان
Morgan Stanley = مورغان ستانلي | مورجان ستانلي
Citigroup = سيتي غروب | سيتي جروب | سيتي بنك
Bank of America = بنك أوف أمريكا
HSBC = إتش إس بي سي | HSBC
Barclays = باركليز
Deutsche Bank = دويتشه بنك
BNP Paribas = بي إن بي باريبا
Credit Suisse = كريدي سويس
UBS = يو بي إس | UBS
Standard Chartered = ستاندرد تشارترد
Lehman Brothers = ليمان براذرز
BlackRock = بلاك روك
Moody's = موديز
Standard & Poor's = ستاندرد آند بورز | ستاندرد أند بورز
Fitch Ratings = فيتش | وكالة فيتش
Nasdaq = ناسداك
Dow Jones = داو جونز
Bloomberg = بلومبرغ | بلومبيرغ | بلومبرج
Qatar Investment Authority = جهاز قطر للاستثمار
Public Investment Fund = صندوق الاستثمارات العامة
Mubadala = شركة مبادلة | مبادلة للاستثمار
Kingdom Holding Company = المملكة القابضة | شركة المملكة القابضة
Emaar = شركة إعمار | إعمار العقارية
Arab Bank = البنك العربي
National Bank of Egypt = البنك الأهلي المصري
Qatar National Bank = بنك قطر الوطني
Emirates NBD = الإمارات دبي الوطني
Al Rajhi Bank = مصرف الراجحي
Central Bank of Syria = مصرف سوريا المركزي | مصرف سورية المركزي
Central Bank of Iraq = البنك المركزي العراقي
Banque du Liban = مصرف لبنان | مصرف لبنان المركزي
Central Bank of Egypt = البنك المركزي المصري
European Central Bank = البنك المركزي الأوروبي
Federal Reserve = الاحتياطي الفيدرالي | مجلس الاحتياطي الفيدرالي | الاحتياطي الاتحادي

# Consumer goods, retail and services
Coca-Cola = كوكا كولا | كوكاكولا
PepsiCo = بيبسي | بيبسيكو
Nestle = نستله | نستلة
Unilever = يونيليفر
Procter & Gamble = بروكتر آند غامبل
McDonald's = ماكدونالدز | ماكدونالد
Starbucks = ستاربكس
Walmart = وول مارت | وولمارت
Carrefour = كارفور
IKEA = إيكيا | ايكيا
Nike = نايكي
Adidas = أديداس | اديداس
Pfizer = فايزر
Moderna = موديرنا
AstraZeneca = أسترازينيكا | استرازينيكا
Johnson & Johnson = جونسون آند جونسون
Bayer = باير
Novartis = نوفارتس
Sanofi = سانوفي
DHL = دي إتش إل | DHL
FedEx = فيديكس
Maersk = ميرسك
Uber = أوبر | Uber
Careem = كريم للنقل

# Media and entertainment groups
Walt Disney Company = والت ديزني | ديزني
Time Warner = تايم وارنر
News Corp = نيوز كوربوريشن | نيوز كورب
Netflix = نتفليكس | Netflix
Warner Bros. = وارنر براذرز
20th Century Fox = فوكس للقرن العشرين | فوكس القرن العشرين
Mediaset = ميديا سيت | ميدياسيت
MBC Group = مجموعة إم بي سي | إم بي سي | MBC
Rotana = روتانا | مجموعة روتانا
Arab Radio and Television Network = راديو وتلفزيون العرب | إيه آر تي | ART
Orbit Showtime Network = أوربت شوتايم | أوربت
OSN = أو إس إن | OSN
beIN Media Group = بي إن سبورت | بي إن سبورتس | beIN

# Hotel chains
Hilton = فندق هيلتون | فنادق هيلتون
Marriott = ماريوت | فندق ماريوت
Sheraton = شيراتون | فندق شيراتون
InterContinental = إنتركونتيننتال | انتركونتيننتال | إنتركونتننتال
Four Seasons = فور سيزونز | فور سيزونس
Ritz-Carlton = ريتز كارلتون | ريتز كارلتن
Fairmont = فيرمونت | فندق فيرمونت
Movenpick = موفنبيك | موفنبك
Hyatt = حياة ريجنسي | غراند حياة | هايات
Radisson = راديسون | راديسون بلو
Novotel = نوفوتيل
Le Meridien = لو ميريديان | ميريديان
Accor = أكور | مجموعة أكور
Kempinski = كمبينسكي
`;
