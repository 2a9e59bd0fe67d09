/** Names a scraper fused («الولاياتالمتحدة») are read as their words; the text stays as written. */
import { describe, expect, it } from "vitest";
import { splitFusedTokens } from "../../functions/core/extract/gazetteer/fused.ts";
import { extractArticle } from "../../functions/core/extract/index.ts";
import { tokenize } from "../../functions/core/extract/text/tokenize.ts";

const words = (s: string) => splitFusedTokens(tokenize(s)).map((t) => t.text);

describe("fused names", () => {
  it("reads two or three words of a listed name written together, behind a clitic too", () => {
    expect(words("أعلنت الأممالمتحدة")).toEqual(["أعلنت", "الأمم", "المتحدة"]);
    expect(words("والولاياتالمتحدةالأمريكية")).toEqual(["والولايات", "المتحدة", "الأمريكية"]);
  });

  it("keeps words that are no fused name, and names written together on purpose", () => {
    expect(words("عبدالله وأبوظبي والاستراتيجية")).toEqual(["عبدالله", "وأبوظبي", "والاستراتيجية"]);
    // A pair followed by letters that are no name is no fused name.
    expect(words("الأممالمتحدةكسس")).toEqual(["الأممالمتحدةكسس"]);
  });

  it("keeps each part's place in the text, so the text stays as written", () => {
    const text = "قالت الأممالمتحدة";
    const parts = splitFusedTokens(tokenize(text));
    expect(parts.map((t) => text.slice(t.start, t.end))).toEqual(["قالت", "الأمم", "المتحدة"]);
    const facts = extractArticle(`عنوان\n\nأعلنت الأممالمتحدة أن مجلسالأمن سيجتمع في نيويورك.`);
    const named = facts.facts.entities.map((e) => e.name.en);
    expect(named).toContain("United Nations");
    expect(named).toContain("UN Security Council");
    expect(facts.paragraphs.some((p) => p.includes("الأممالمتحدة"))).toBe(true);
  });
});
