import { describe, expect, it } from "vitest";
import { findMentions } from "../../functions/core/extract/entities/index.ts";
import {
  articleIntroductions,
  pointBack,
  roleKey,
} from "../../functions/core/extract/entities/roles.ts";
import { tokenize } from "../../functions/core/extract/text/tokenize.ts";

/** Whom the role noun `role` in the last paragraph points back to. */
function referent(role: string, ...paras: string[]): string | null {
  const tokens = paras.map((p) => tokenize(p));
  const mentions = findMentions(paras, tokens);
  const intros = articleIntroductions(paras, tokens, mentions);
  const last = paras.length - 1;
  const toks = tokens[last] ?? [];
  const k = toks.findIndex((t) => t.text === role);
  return pointBack(intros, toks, k, last)?.en ?? null;
}

describe("role nouns pointing back", () => {
  it("folds «و», the article and the feminine ending, but not a word's own first letter", () => {
    expect(roleKey("والسفيره")).toBe("سفير");
    expect(roleKey("الامريكيه")).toBe("امريكي");
    expect(roleKey("وزير")).toBe("وزير");
  });

  it("matches the role and its adjective against each person's introducing phrase", () => {
    const lead =
      "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري، وحضر المبعوث الدولي ستافان دي ميستورا.";
    expect(referent("الوزير", lead, "وقال الوزير الروسي إن الاتفاق صامد.")).toBe("Sergey Lavrov");
    expect(referent("المبعوث", lead, "وقال المبعوث إن الاتفاق صامد.")).toBe("Staffan de Mistura");
    // «نظيره الأمريكي» introduced Kerry: Lavrov's counterpart holds his office, not his
    // nationality.
    expect(referent("الوزير", lead, "وقال الوزير الأمريكي إن الاتفاق صامد.")).toBe("John Kerry");
    expect(referent("الوزير", lead, "وقال الوزير الفرنسي إن الاتفاق صامد.")).toBe(null);
    // Without a counterpart, another office is no match.
    const met = "وصل وزير الخارجية الروسي سيرغي لافروف. والتقى السفير الأمريكي جون تيفت الوفد.";
    expect(referent("الوزير", met, "وقال الوزير الأمريكي إن الاتفاق صامد.")).toBe(null);
  });

  it("reads «للرئيس» as «الرئيس» and gives a counterpart the office of the one before", () => {
    expect(roleKey("للرئيس")).toBe("رئيس");
    expect(
      referent(
        "الرئيس",
        "انتقد الرئيس اللبناني اميل لحود الرئيس الفرنسي جاك شيراك بسبب الضغوط على نظيره الروماني ترايان باسيسكو.",
        "واكد الرئيس الروماني أن القرار شخصي.",
      ),
    ).toBe("Traian Basescu");
  });

  it("takes the latest introduction, and only one made before the role noun", () => {
    expect(
      referent(
        "الرئيس",
        "وقال الرئيس الأمريكي باراك أوباما إن الهدنة ممكنة.",
        "ورد الرئيس الروسي فلاديمير بوتين بأن الهدنة قائمة.",
        "وأضاف الرئيس أن موسكو ملتزمة.",
      ),
    ).toBe("Vladimir Putin");
    expect(referent("الرئيس", "وأضاف الرئيس أن الرئيس الروسي فلاديمير بوتين ملتزم.")).toBe(null);
  });
});
