/**
 * Curated organisations: international bodies, alliances, armed groups, parties, agencies,
 * NGOs and media. Same line format as people.ts, plus:
 *   `; local: form`  a short form trusted only once the full name appeared in the article
 *                    (المرصد alone is "the observatory" until SOHR has been named);
 *   `; cue: media`   every form needs a media word before it (قناة، صحيفة، موقع…) because the
 *                    bare words are common (الجزيرة island, العربية Arabic, الأخبار news).
 * Government ministries are NOT listed here: they are built from ministry × country tables
 * in ministries.ts.
 */
export const ORGS = `
# UN system and international bodies
United Nations = الأمم المتحدة | منظمة الأمم المتحدة | هيئة الأمم المتحدة
UN Security Council = مجلس الأمن الدولي | مجلس الأمن
UN General Assembly = الجمعية العامة للأمم المتحدة
UN Human Rights Council = مجلس حقوق الإنسان | مجلس حقوق الإنسان التابع للأمم المتحدة
UNHCR = المفوضية السامية للأمم المتحدة لشؤون اللاجئين | مفوضية الأمم المتحدة لشؤون اللاجئين | المفوضية السامية لشؤون اللاجئين
UN Human Rights Office = المفوضية السامية لحقوق الإنسان | مفوضية الأمم المتحدة لحقوق الإنسان
UNICEF = منظمة الأمم المتحدة للطفولة | اليونيسف | يونيسف
World Food Programme = برنامج الأغذية العالمي
World Health Organization = منظمة الصحة العالمية
International Organization for Migration = المنظمة الدولية للهجرة | منظمة الهجرة الدولية
UNDP = برنامج الأمم المتحدة الإنمائي
OCHA = مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية | مكتب تنسيق الشؤون الإنسانية | أوتشا
UNRWA = الأونروا | وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين | وكالة غوث وتشغيل اللاجئين
UNESCO = اليونسكو | منظمة الأمم المتحدة للتربية والعلم والثقافة
OPCW = منظمة حظر الأسلحة الكيميائية
IAEA = الوكالة الدولية للطاقة الذرية
International Committee of the Red Cross = اللجنة الدولية للصليب الأحمر | الصليب الأحمر الدولي | الصليب الأحمر
Norwegian Refugee Council = المجلس النرويجي للاجئين
International Rescue Committee = لجنة الإنقاذ الدولية
Save the Children = منظمة إنقاذ الطفولة | سيف ذا تشيلدرن
Oxfam = أوكسفام | منظمة أوكسفام
Civil Defence = الدفاع المدني
Syrian Arab Red Crescent = الهلال الأحمر العربي السوري | الهلال الأحمر السوري
Palestine Red Crescent Society = الهلال الأحمر الفلسطيني
Doctors Without Borders = أطباء بلا حدود
Human Rights Watch = هيومن رايتس ووتش
Amnesty International = منظمة العفو الدولية
International Criminal Court = المحكمة الجنائية الدولية
International Court of Justice = محكمة العدل الدولية
European Union = الاتحاد الأوروبي
European Commission = المفوضية الأوروبية
European Parliament = البرلمان الأوروبي
African Union = الاتحاد الأفريقي | الاتحاد الإفريقي
Arab League = جامعة الدول العربية | الجامعة العربية
Gulf Cooperation Council = مجلس التعاون الخليجي | مجلس التعاون لدول الخليج العربية
Organisation of Islamic Cooperation = منظمة التعاون الإسلامي
NATO = حلف شمال الأطلسي | حلف الناتو | الناتو | حلف الأطلسي | NATO
OPEC = أوبك | منظمة الدول المصدرة للنفط
International Monetary Fund = صندوق النقد الدولي
World Bank = البنك الدولي
International Syria Support Group = المجموعة الدولية لدعم سوريا | مجموعة دعم سوريا | المجموعة الدولية لدعم سورية | مجموعة دعم سورية
US-led coalition = التحالف الدولي | التحالف الدولي بقيادة الولايات المتحدة

# Syrian opposition, monitors, rescuers
High Negotiations Committee = الهيئة العليا للتفاوض | الهيئة العليا للمفاوضات
Syrian Negotiation Commission = هيئة التفاوض السورية
National Coalition for Syrian Revolutionary and Opposition Forces = الائتلاف الوطني لقوى الثورة والمعارضة السورية | الائتلاف الوطني السوري | ائتلاف قوى الثورة والمعارضة ; local: الائتلاف
Syrian Interim Government = الحكومة السورية المؤقتة
Syrian Observatory for Human Rights = المرصد السوري لحقوق الإنسان ; local: المرصد | المرصد السوري
Syrian Network for Human Rights = الشبكة السورية لحقوق الإنسان
White Helmets = الخوذ البيضاء | الدفاع المدني السوري
Free Syrian Army = الجيش السوري الحر | الجيش الحر
Syrian Democratic Forces = قوات سوريا الديمقراطية | قوات سورية الديمقراطية | قسد
People's Protection Units = وحدات حماية الشعب الكردية | وحدات حماية الشعب | YPG
Democratic Union Party = حزب الاتحاد الديمقراطي | PYD
Kurdistan Workers' Party = حزب العمال الكردستاني | PKK
Kurdistan Regional Government = حكومة إقليم كردستان
Russian Reconciliation Center for Syria = المركز الروسي للمصالحة بين الأطراف السوريين | المركز الروسي للمصالحة بين الأطراف المتنازعة | مركز المصالحة الروسي | المركز الروسي للمصالحة

# Armed groups and movements
Islamic State = داعش | تنظيم الدولة الإسلامية | الدولة الإسلامية | تنظيم الدولة | ISIS | ISIL
al-Qaeda = القاعدة | تنظيم القاعدة
al-Nusra Front = جبهة النصرة | النصرة | جبهة فتح الشام
Hayat Tahrir al-Sham = هيئة تحرير الشام
Ahrar al-Sham = أحرار الشام | حركة أحرار الشام
Jaish al-Islam = جيش الإسلام
Faylaq al-Rahman = فيلق الرحمن
Jaish al-Fatah = جيش الفتح
Nour al-Din al-Zenki Movement = حركة نور الدين زنكي | نور الدين الزنكي
Hezbollah = حزب الله
Hamas = حماس | حركة حماس | حركة المقاومة الإسلامية
Fatah = حركة فتح
Islamic Jihad = الجهاد الإسلامي | حركة الجهاد الإسلامي
Qassam Brigades = كتائب القسام | كتائب عز الدين القسام
Al-Quds Brigades = سرايا القدس
Houthis = الحوثيون | الحوثيين | جماعة الحوثي | أنصار الله | جماعة أنصار الله
Islamic Revolutionary Guard Corps = الحرس الثوري الإيراني | الحرس الثوري
Quds Force = فيلق القدس
Popular Mobilization Forces = الحشد الشعبي | هيئة الحشد الشعبي
Kataib Hezbollah = كتائب حزب الله
Amal Movement = حركة أمل
Muslim Brotherhood = جماعة الإخوان المسلمين | الإخوان المسلمين | الإخوان المسلمون
Taliban = طالبان | حركة طالبان
al-Shabaab = حركة الشباب
Boko Haram = بوكو حرام
Wagner Group = فاغنر | مجموعة فاغنر
Palestinian Authority = السلطة الفلسطينية
Palestine Liberation Organization = منظمة التحرير الفلسطينية
Rapid Support Forces = قوات الدعم السريع
Southern Transitional Council = المجلس الانتقالي الجنوبي
Libyan National Army = الجيش الوطني الليبي
Government of National Unity = حكومة الوحدة الوطنية
UN Support Mission in Libya = بعثة الأمم المتحدة للدعم في ليبيا | بعثة الأمم المتحدة للدعم لدى ليبيا | البعثة الأممية للدعم في ليبيا
Libyan Presidential Council = المجلس الرئاسي الليبي
Syrian National Army = الجيش الوطني السوري
Likud = الليكود | حزب الليكود
Baath Party = حزب البعث
Justice and Development Party = حزب العدالة والتنمية
Kurdistan Democratic Party = الحزب الديمقراطي الكردستاني
Patriotic Union of Kurdistan = الاتحاد الوطني الكردستاني
Peshmerga = البيشمركة | قوات البيشمركة | البشمركة | قوات البشمركة

# State institutions known by name
Saudi Aramco = أرامكو | شركة أرامكو | أرامكو السعودية
US Department of Defense = البنتاغون | البنتاجون
White House = البيت الأبيض
Kremlin = الكرملين
Elysee Palace = الإليزيه | قصر الإليزيه
CIA = وكالة المخابرات المركزية الأمريكية | وكالة الاستخبارات المركزية الأمريكية | سي آي إيه
Mossad = الموساد
Shin Bet = الشاباك | الشين بيت
Knesset = الكنيست
Ministry of Peshmerga Affairs = وزارة البيشمركة | وزارة شؤون البيشمركة
Joint Operations Command = قيادة العمليات المشتركة
State Duma = مجلس الدوما
US Congress = الكونغرس | الكونجرس
US Senate = مجلس الشيوخ الأمريكي

# News agencies and media
Reuters = رويترز | وكالة رويترز
Agence France-Presse = وكالة الصحافة الفرنسية | وكالة فرانس برس | فرانس برس | أ ف ب
Associated Press = أسوشيتد برس | أسوشيتيد برس | وكالة أسوشيتد برس
Deutsche Presse-Agentur = وكالة الأنباء الألمانية
SANA = سانا | الوكالة العربية السورية للأنباء | وكالة الأنباء السورية
National News Agency = الوكالة الوطنية للإعلام
Saba News Agency = وكالة سبأ | وكالة الأنباء اليمنية
Interfax = إنترفاكس | انترفاكس
TASS = تاس | وكالة تاس | إيتار تاس
RIA Novosti = ريا نوفوستي | نوفوستي
Sputnik = سبوتنيك
RT = روسيا اليوم
Anadolu Agency = وكالة الأناضول | الأناضول
IRNA = إرنا | وكالة الجمهورية الإسلامية للأنباء
Tasnim News Agency = تسنيم | وكالة تسنيم
Fars News Agency = وكالة فارس | وكالة أنباء فارس
Middle East News Agency = وكالة أنباء الشرق الأوسط
WAFA = وفا | وكالة وفا | وكالة الأنباء الفلسطينية
Emirates News Agency = وكالة أنباء الإمارات
Saudi Press Agency = واس | وكالة الأنباء السعودية
Qatar News Agency = وكالة الأنباء القطرية
Iraqi News Agency = وكالة الأنباء العراقية
BBC = بي بي سي | هيئة الإذاعة البريطانية
CNN = سي إن إن | سي ان ان
Sky News Arabia = سكاي نيوز عربية
New York Times = نيويورك تايمز
Washington Post = واشنطن بوست
Wall Street Journal = وول ستريت جورنال
The Guardian = الغارديان | الجارديان
Le Monde = لوموند
Rudaw = رووداو | شبكة رووداو
Shafaq News = شفق نيوز | وكالة شفق نيوز
Enab Baladi = عنب بلدي
Al-Quds Al-Arabi = القدس العربي
The New Arab = العربي الجديد
Youm7 = اليوم السابع
Al-Masry Al-Youm = المصري اليوم
Hespress = هسبريس
Elaph = إيلاف
France 24 = فرانس 24 | فرانس24
Deutsche Welle = دويتشه فيله | دويتشه فيلله
Orient News = أورينت نيوز | أورينت
Step News Agency = وكالة ستيب | ستيب نيوز
Al-Ikhbariya = الإخبارية السورية | قناة الإخبارية
Okaz = عكاظ ; cue: media
Al-Hayat = الحياة ; cue: media
An-Nahar = النهار ; cue: media
As-Safir = السفير ; cue: media
Al-Modon = المدن ; cue: media
Alhurra = الحرة ; cue: media
Al-Manar = المنار ; cue: media
Al-Alam = العالم ; cue: media
Al-Shorouk = الشروق ; cue: media
Al Jazeera = الجزيرة ; cue: media
Al Jazeera Net = الجزيرة نت
Al Arabiya = العربية ; cue: media
Al Arabiya Net = العربية نت
Al Mayadeen = الميادين ; cue: media
Al Mayadeen Net = الميادين نت
Al-Akhbar = الأخبار ; cue: media
Asharq Al-Awsat = الشرق الأوسط ; cue: media
Al-Ahram = الأهرام ; cue: media
Al-Masdar News = المصدر ; cue: media
Al-Watan = الوطن ; cue: media
`;
