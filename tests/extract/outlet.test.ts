import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../functions/core/extract/index.ts";
import { readDateline, readMetadata } from "../../functions/core/extract/page/dateline.ts";
import { removeFurniture } from "../../functions/core/extract/page/furniture.ts";
import {
  creditOutlet,
  mastheadOutlet,
  outletName,
} from "../../functions/core/extract/page/outlet.ts";
import { OUTLET_FIXTURES } from "./outlet-fixtures.ts";

const outletOf = (text: string) => extractArticle(text).facts.outlet;

describe("outlet: synthetic articles in other outlets' styles", () => {
  for (const f of OUTLET_FIXTURES) {
    it(f.name, () => {
      const got = outletOf(f.text);
      if (f.expected === null) {
        expect(got).toBeNull();
        return;
      }
      expect(got?.via).toBe(f.expected.via);
      if (f.expected.en !== undefined) expect(got?.en).toBe(f.expected.en);
      if (f.expected.ar !== undefined) expect(got?.ar).toBe(f.expected.ar);
      expect(got?.en).toBeTruthy();
    });
  }
});

/**
 * The fresh articles' outlets (tests/fresh/articles, one outlet each, file name ≈ outlet) and
 * the samples': English name, or null where nothing in the text names the publisher — null,
 * never a guess. The Al-Ahram story names no outlet at all (a byline only). Three name their
 * own outlet in ways that are easy to miss: Asharq Al-Awsat's desk credit after the reporter
 * («واشنطن: هبة القدسي - بيروت: «الشرق الأوسط»»), Al-Quds Al-Arabi under an agencies dateline
 * («عواصم ـ وكالات») through «لـ«القدس العربي»», and the Gaza report through «أفاد مراسل
 * الجزيرة». France 24's «لوكالة فرانس برس» and sample 004's «لوكالة «انترفاكس»» cite wire
 * services, which name no publisher.
 */
const FRESH: Readonly<Record<string, string | null>> = {
  ahram: null,
  ajnet: "Al Jazeera Net",
  anadolu: "Anadolu Agency",
  araby: "The New Arab",
  awsat: "Asharq Al-Awsat",
  bbc: null,
  derna: "Al-Wasat",
  egypt: "Al-Ahram",
  enab: "Enab Baladi",
  france24: null,
  gaza: "Al Jazeera",
  indy: "Independent Arabia",
  iraq: "Al-Mada",
  khaleej: "Al-Khaleej",
  khiam: "Al Mayadeen Net",
  kurdistan: "Rudaw",
  lebanon: "Reuters",
  lebanon2: "Al-Akhbar",
  libya: "Al-Wasat",
  morocco: "Hespress",
  north: "North Press Agency",
  petra: "Petra",
  quds: "Al-Quds Al-Arabi",
  saba: "Saba News Agency",
  sana: "SANA",
  shafaq: "Shafaq News",
  sky: "Sky News Arabia",
  sudan: "BBC",
  syria: "Enab Baladi",
  wafa: "WAFA",
  yemen: null,
};

const SAMPLES: Readonly<Record<string, string | null>> = {
  "000_4a470ce0ac0b1c40": null,
  "001_7e28444f50e46fbb": null,
  "002_661c46d4ddf144fc": null,
  "003_7a41c80445518d85": "Al-Akhbar",
  "004_18a2c8e27a3ab171": null,
};

function read(url: URL): string {
  return readFileSync(url, "utf8");
}

describe("outlet: the fresh articles and the samples", () => {
  for (const [name, en] of Object.entries(FRESH)) {
    it(`${name} → ${en ?? "null"}`, () => {
      const got = outletOf(read(new URL(`../fresh/articles/${name}.txt`, import.meta.url)));
      expect(got?.en ?? null).toBe(en);
    });
  }
  for (const [name, en] of Object.entries(SAMPLES)) {
    it(`sample ${name} → ${en ?? "null"}`, () => {
      const got = outletOf(read(new URL(`../../samples/${name}.txt`, import.meta.url)));
      expect(got?.en ?? null).toBe(en);
    });
  }
});

describe("outlet: the readers behind each cue", () => {
  it("metadata: frontmatter keys and HTML metas, best first, as written", () => {
    expect(
      readMetadata("---\nsource: https://x.example/a\noutlet: الراية\n---\nنص").publishers,
    ).toEqual(["الراية", "https://x.example/a"]);
    const html = [
      '<meta name="application-name" content="تطبيق">',
      '<meta property="og:site_name" content="الجزيرة نت">',
      '<script>{"publisher": [{"@type": "Organization", "logo": {"name": "شعار"}, "name": "Al Jazeera"}]}</script>',
      "<p>نص</p>",
    ].join("\n");
    expect(readMetadata(html).publishers).toEqual(["الجزيرة نت", "Al Jazeera", "تطبيق"]);
    expect(readMetadata('<script>{"publisher": "هسبريس"}</script><p>نص</p>').publishers).toEqual([
      "هسبريس",
    ]);
  });

  it("dateline: the credit it read, without brackets or quotes", () => {
    expect(readDateline("بيروت (رويترز) - قال")?.credit).toBe("رويترز");
    expect(readDateline('بيروت ـ "الحياة" قال مسؤول')?.credit).toBe("الحياة");
    expect(readDateline("الرباط، 3 مارس (الأناضول) – أعلنت")?.credit).toBe("الأناضول");
    expect(readDateline("القاهرة - بوابة الأهرام")?.credit).toBe("بوابة الأهرام");
    expect(readDateline("أبوظبي: «الخليج»")?.credit).toBe("الخليج");
    expect(readDateline("رام الله 12-5-2021 وفا- استشهد")?.credit).toBe("وفا");
    expect(readDateline("حلب-سانا")?.credit).toBe("سانا");
    expect(readDateline("واشنطن: هبة القدسي - بيروت: «الشرق الأوسط»")?.credit).toBe("الشرق الأوسط");
    // A bare word after the dash is left to the caller.
    expect(readDateline("أربيل - رووداو")).toMatchObject({ credit: null, bareCredit: "رووداو" });
  });

  it("furniture: hands back the credit lines and mastheads it removed", () => {
    const body =
      "أعلنت السلطات المحلية في محافظة إدلب اليوم عن افتتاح معبر جديد لإدخال المساعدات الإنسانية إلى المناطق المتضررة من الزلزال الأخير.";
    const r = removeFurniture(
      [
        "العربية نت",
        "فتح معبر جديد",
        `${body} المصدر: الائتلاف`,
        body.replace("اليوم", "أمس"),
        "(الأخبار، أ ف ب، رويترز)",
      ].join("\n"),
    );
    expect(r.mastheads).toEqual(["العربية نت"]);
    expect(r.headline).toBe("فتح معبر جديد");
    expect(r.credits).toEqual(["المصدر: الائتلاف", "(الأخبار، أ ف ب، رويترز)"]);
  });

  it("names: listed outlets whatever cue they need, unknown ones as written", () => {
    expect(outletName("«الحياة»", "named")).toEqual({ ar: "الحياة", en: "Al-Hayat" });
    expect(outletName("أ.ف.ب", "bare")?.en).toBe("Agence France-Presse");
    expect(outletName("سبأ", "bare")).toEqual({ ar: "وكالة سبأ", en: "Saba News Agency" });
    expect(outletName("بوابة الأهرام", "named")?.en).toBe("Al-Ahram");
    expect(outletName("وكالة شفق نيوز", "named")?.en).toBe("Shafaq News");
    expect(outletName("إندبندنت عربية", "shaped")?.en).toBe("Independent Arabia");
    expect(outletName("موقع مدى مصر", "shaped")?.en).toBe("Mada Masr");
    expect(outletName("وات", "named")?.ar).toBe("وات");
    expect(outletName("وكالة الأنباء الموريتانية", "named")?.ar).toBe("وكالة الأنباء الموريتانية");
    expect(outletName("Al Jazeera", "named")).toEqual({ ar: "الجزيرة", en: "Al Jazeera" });
    expect(outletName("فرانس 24", "bare")?.en).toBe("France 24");
  });

  it("names: credits that name no outlet", () => {
    for (const raw of [
      "وكالات",
      "خاص",
      "مراسلنا",
      "(مراسلنا في غزة)",
      "الأمم المتحدة",
      "دمشق",
      "12 أيار",
      "قال المسؤول إن الوضع صعب",
      "أحد عشر شخصا من عائلة واحدة قتلوا",
    ]) {
      expect(outletName(raw, "named"), raw).toBeNull();
    }
    // A bare word after a dateline's dash: not an ordinary word.
    expect(outletName("اليوم", "bare")).toBeNull();
    // Without a media noun or an outlet's shape, an unknown name is not taken on trust.
    expect(outletName("العمق المغربي", "shaped")).toBeNull();
    expect(outletName("الوطن نيوز", "shaped")?.ar).toBe("الوطن نيوز");
  });

  it("credit lines: the first item is the paper when agencies follow", () => {
    expect(creditOutlet("(الأخبار، أ ف ب، رويترز)")?.en).toBe("Al-Akhbar");
    expect(creditOutlet("(رويترز)")?.en).toBe("Reuters");
    expect(creditOutlet("المصدر : وكالات")).toBeNull();
    expect(creditOutlet("المصدر: الائتلاف")).toBeNull();
    expect(creditOutlet("(صورة أرشيفية)")).toBeNull();
    expect(creditOutlet("(تصوير: رويترز)")).toBeNull();
  });

  it("mastheads: an outlet's name alone, not a section label", () => {
    expect(mastheadOutlet("اندبندنت عربية")?.en).toBe("Independent Arabia");
    expect(mastheadOutlet("بوابة الوسط")?.en).toBe("Al-Wasat");
    expect(mastheadOutlet("الشرق الأوسط")).toBeNull();
    expect(mastheadOutlet("الأخبار")).toBeNull();
    expect(mastheadOutlet("قناة السويس")).toBeNull();
  });

  it("told: a wire service told something is a source, not the publisher", () => {
    const body =
      "وأضاف أن المفاوضات مستمرة منذ أسابيع دون تقدم يذكر في الملفات العالقة بين الطرفين.";
    expect(outletOf(`قال مسؤول لوكالة رويترز إن الاجتماع تأجل.\n${body}`)).toBeNull();
    expect(outletOf(`قال مسؤول لـ«عنب بلدي» إن الاجتماع تأجل.\n${body}`)?.en).toBe("Enab Baladi");
    expect(outletOf(`وأفاد مراسل الأناضول بأن الاجتماع تأجل.\n${body}`)?.en).toBe("Anadolu Agency");
    expect(outletOf(`وقال في تصريح لمراسلة «عنب بلدي» إن الاجتماع تأجل.\n${body}`)?.en).toBe(
      "Enab Baladi",
    );
    expect(outletOf(`قال المتحدث للشرق الأوسط إن الاجتماع تأجل.\n${body}`)?.en).toBe(
      "Asharq Al-Awsat",
    );
    // Two outlets told once each: no guess.
    expect(
      outletOf(`قال مسؤول لـ"المدن" إن الاجتماع تأجل، وقال آخر لـ"النهار" إنه ألغي.\n${body}`),
    ).toBeNull();
  });

  it("the gazetteer names every agency and wire service the tables use", async () => {
    const { AGENCIES } = await import("../../functions/core/extract/page/dateline.ts");
    const { raw } = await import("../../functions/core/extract/lexicon/index.ts");
    const WIRE_SERVICES = raw("agencies", "wires");
    const { entityById } = await import("../../functions/core/extract/gazetteer/index.ts");
    for (const en of [...AGENCIES.values(), ...WIRE_SERVICES]) {
      if (en !== null) expect(entityById(`org:${en}`), en).not.toBeNull();
    }
  });

  // Speed is the bench's; here a quadratic scan would run into the test's generous timeout
  // (a linear one takes about a second per line), without a wall-clock assertion to flake.
  it("finishes a 2 MB line of credits and told phrases", { timeout: 120_000 }, () => {
    for (const unit of ['قال لـ"العربي الجديد" ', "(الأخبار، رويترز) ", "لوكالة ", "مراسل "]) {
      const text = unit.repeat(Math.floor((2 * 1024 * 1024) / (unit.length * 2)));
      const outlet = extractArticle(text).facts.outlet;
      expect(outlet === null || typeof outlet.ar === "string").toBe(true);
    }
  });
});
