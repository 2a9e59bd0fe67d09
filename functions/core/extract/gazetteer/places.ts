/**
 * Curated places: spelling variants of countries that the ODbL country table lacks,
 * capitals and conference cities outside the twelve regional city tables, and the
 * districts, camps, bases and regions that war reporting names but no city table holds.
 * Same line format as people.ts. `; cue: place` marks forms that are common words too
 * (صور "pictures", الميدان "field"): they count only after حي/مدينة/بلدة/منطقة….
 *
 * The generated gazetteer (places.json) adds the countries and cities tables; these curated
 * lines win when both name the same thing.
 */
export const PLACES = `
# Country variants (the table has one Arabic form each)
Syria = سوريا | سورية | الجمهورية العربية السورية
United States = الولايات المتحدة | الولايات المتحدة الأمريكية | الولايات المتحدة الأميركية | أمريكا | أميركا
Russia = روسيا | روسيا الاتحادية | الاتحاد الروسي
United Kingdom = بريطانيا | المملكة المتحدة
Egypt = مصر | جمهورية مصر العربية
Iran = إيران
Iraq = العراق
Turkey = تركيا
Lebanon = لبنان
Jordan = الأردن
Israel = إسرائيل
Palestine = فلسطين | دولة فلسطين | الأراضي الفلسطينية
Saudi Arabia = السعودية | المملكة العربية السعودية
United Arab Emirates = الإمارات | الإمارات العربية المتحدة | دولة الإمارات
Qatar = قطر
Kuwait = الكويت
Bahrain = البحرين
Oman = سلطنة عمان
Yemen = اليمن
Libya = ليبيا
Tunisia = تونس
Algeria = الجزائر
Morocco = المغرب | المملكة المغربية
Sudan = السودان
Germany = ألمانيا | المانيا
France = فرنسا
Italy = إيطاليا
China = الصين
Ukraine = أوكرانيا
Afghanistan = أفغانستان
Pakistan = باكستان

# Regions
Middle East = الشرق الأوسط
Europe = أوروبا
Africa = أفريقيا | إفريقيا
Gulf of Aden = خليج عدن
Red Sea = البحر الأحمر
Mediterranean = البحر المتوسط | البحر الأبيض المتوسط
Golan Heights = الجولان | هضبة الجولان | الجولان السوري المحتل | الجولان المحتل
Crimea = القرم | شبه جزيرة القرم
Kurdistan Region = إقليم كردستان | كردستان العراق
Gaza Strip = قطاع غزة
West Bank = الضفة الغربية
Sinai = سيناء | شبه جزيرة سيناء

# Capitals and conference cities beyond the regional tables
Washington = واشنطن
New York = نيويورك
Moscow = موسكو
Geneva = جنيف
Vienna = فيينا
Paris = باريس
London = لندن
Berlin = برلين
Brussels = بروكسل
Rome = روما
Munich = ميونخ | ميونيخ
Lausanne = لوزان
Astana = أستانا | استانة | آستانة
Sochi = سوتشي
Tehran = طهران
Doha = الدوحة
Abu Dhabi = أبوظبي | أبو ظبي
Dubai = دبي
Muscat = مسقط
Manama = المنامة
Kuwait City = مدينة الكويت
Beijing = بكين
Kyiv = كييف
Minsk = مينسك
Sharm el-Sheikh = شرم الشيخ
Amman = عمان | العاصمة الأردنية عمان
Jerusalem = القدس | القدس الشرقية
Tripoli = طرابلس

# Syria: governorates, towns, districts, camps, bases
Damascus = دمشق
Aleppo = حلب
Homs = حمص
Hama = حماة
Idlib = إدلب | ادلب
Latakia = اللاذقية
Tartus = طرطوس
Jableh = جبلة
Baniyas = بانياس
Raqqa = الرقة
Deir ez-Zor = دير الزور
Hasakah = الحسكة
Qamishli = القامشلي
Daraa = درعا
Suwayda = السويداء
Quneitra = القنيطرة
Palmyra = تدمر
Kobani = كوباني | عين العرب
Afrin = عفرين
Manbij = منبج
Jarabulus = جرابلس
Al-Bab = مدينة الباب
Azaz = أعزاز | اعزاز
Tal Rifaat = تل رفعت
Tal Abyad = تل أبيض
Ras al-Ain = رأس العين
Khan Shaykhun = خان شيخون
Saraqib = سراقب
Maarat al-Numan = معرة النعمان
Jisr al-Shughur = جسر الشغور
Albu Kamal = البوكمال | البو كمال
Mayadin = مدينة الميادين
Al-Tanf = التنف
Rukban = الركبان | مخيم الركبان
Al-Hol camp = مخيم الهول
Yarmouk camp = مخيم اليرموك
Eastern Ghouta = الغوطة الشرقية | غوطة دمشق الشرقية ; local: الغوطة
Western Ghouta = الغوطة الغربية
Daraya = داريا
Douma = دوما
Harasta = حرستا
Jobar = جوبر
Qaboun = القابون
Barzeh = برزة
Mezzeh = المزة
Moadamiyeh = المعضمية | معضمية الشام
Zabadani = الزبداني
Madaya = مضايا
Wadi Barada = وادي بردى
Qalamoun = القلمون
Qusayr = القصير
Rastan = الرستن
Talbiseh = تلبيسة
Al-Waer = الوعر
Baba Amr = بابا عمرو
Hmeimim = حميميم | قاعدة حميميم
Sheikh Maqsoud = الشيخ مقصود
Salaheddine = صلاح الدين ; cue: place
Ashrafieh = الأشرفية
Sukkari = السكري ; cue: place
Hamdaniyeh = الحمدانية
Ramouseh = الراموسة
Castello Road = طريق الكاستيلو
Mashariqa = المشارقة
Mogambo = الموكامبو
Nile Street = شارع النيل
Al-Siryan = السريان ; cue: place
Jamiat al-Zahraa = جمعية الزهراء
Al-Rashideen = الراشدين
Masaken Hanano = مساكن هنانو
Bustan al-Qasr = بستان القصر
Al-Midan = الميدان ; cue: place

# Iraq, Lebanon, Palestine, Yemen, Libya, Turkey extras
Fallujah = الفلوجة
Ramadi = الرمادي
Tikrit = تكريت
Baiji = بيجي
Sinjar = سنجار
Tal Afar = تلعفر
Anbar = الأنبار
Nineveh = نينوى
Diyala = ديالى
Arsal = عرسال
Hermel = الهرمل
Dahieh = الضاحية الجنوبية
Tyre = مدينة صور
Gaza = غزة
Rafah = رفح
Khan Younis = خان يونس
Jabalia = جباليا
Deir al-Balah = دير البلح
Nuseirat = النصيرات
Beit Hanoun = بيت حانون
Beit Lahia = بيت لاهيا
Nablus = نابلس
Hebron = الخليل
Bethlehem = بيت لحم
Tulkarm = طولكرم
Jenin = جنين
Ramallah = رام الله
Qalqilya = قلقيلية
Jericho = أريحا
Sderot = سديروت
Eilat = إيلات
Marib = مأرب
Taiz = تعز
Hajjah = حجة ; cue: place
Nabatieh = النبطية
Erbil = أربيل
Sulaymaniyah = السليمانية
Basra = البصرة
Misrata = مصراتة
Saada = صعدة
Hodeidah = الحديدة
Gaziantep = غازي عنتاب
Kilis = كلس
Antakya = أنطاكيا
Hatay = هاتاي | لواء إسكندرون
Sanliurfa = أورفة | شانلي أورفة
Reyhanli = الريحانية
Incirlik = إنجرليك | قاعدة إنجرليك

# Sudan (no regional city table)
Khartoum = الخرطوم
Omdurman = أم درمان
El Fasher = الفاشر
Nyala = نيالا
Port Sudan = بورتسودان | بور سودان
Wad Madani = ود مدني
El Geneina = الجنينة
Kassala = كسلا
Kordofan = كردفان
Darfur = دارفور

# Maghreb, Horn of Africa and Gulf cities (no regional city table). «العيون» is "the eyes"
# and «وجدة» also «و» + Jeddah: both need a place word before them.
Rabat = الرباط
Casablanca = الدار البيضاء
Marrakesh = مراكش
Fez = فاس
Tangier = طنجة
Agadir = أكادير | أغادير
Meknes = مكناس
Oujda = وجدة ; cue: place
Tetouan = تطوان
Laayoune = العيون ; cue: place
Al Haouz = الحوز | إقليم الحوز
Taroudant = تارودانت
Chichaoua = شيشاوة
Ouarzazate = ورزازات
Al Hoceima = الحسيمة
Nador = الناظور
Sfax = صفاقس
Sousse = سوسة
Kairouan = القيروان
Bizerte = بنزرت
Gabes = قابس
Sidi Bouzid = سيدي بوزيد
Algiers = الجزائر العاصمة
Oran = وهران
Constantine = قسنطينة
Annaba = عنابة
Nouakchott = نواكشوط
Mogadishu = مقديشو
Juba = جوبا
Khartoum North = الخرطوم بحري
Sharjah = الشارقة
Ajman = عجمان

# Towns, districts and regions the region's news names that the city tables lack (checked
# against a list of places in recent war and disaster reporting). Common words need a place
# word before them: العمارة "the building", حديثة "modern", القائم "standing", البيضاء "white",
# الأبيض "white", الخيام "the tents", الزاوية "the corner", قم "stand", مشهد "scene",
# المطلة "overlooking", الجليل "glorious", المهرة "the filly", إب (too short to trust alone).
Amarah = العمارة ; cue: place
Haditha = حديثة ; cue: place
al-Qaim = القائم ; cue: place
Ibb = إب ; cue: place
Hadramout = حضرموت
Shabwa = شبوة
Abyan = أبين
Lahij = لحج
al-Bayda = البيضاء ; cue: place
Mokha = المخا | المخاء
Bab el-Mandeb = باب المندب | مضيق باب المندب
al-Mahrah = المهرة ; cue: place
Socotra = سقطرى
Sirwah = صرواح
Bureij = البريج | مخيم البريج
Shujaiya = الشجاعية
Tubas = طوباس
al-Bireh = البيرة
Silwan = سلوان
Sheikh Jarrah = الشيخ جراح
Bint Jbeil = بنت جبيل
Marjayoun = مرجعيون
Khiam = الخيام ; cue: place
Naqoura = الناقورة
Aita al-Shaab = عيتا الشعب
Kfar Kila = كفركلا | كفر كلا
Sabha = سبها
Zawiya = الزاوية ; cue: place
El Obeid = الأبيض ; cue: place
Kadugli = كادقلي
Sheikh Zuweid = الشيخ زويد
Luxor = الأقصر
Zaatari = الزعتري | مخيم الزعتري
Natanz = نطنز
Isfahan = أصفهان
Tabriz = تبريز
Ahvaz = الأهواز
Qom = قم ; cue: place
Mashhad = مشهد ; cue: place
Ashdod = أسدود
Kiryat Shmona = كريات شمونة
Metula = المطلة ; cue: place
Galilee = الجليل ; cue: place
`;
