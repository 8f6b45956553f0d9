// The 503 page: a sentence, a heading, and a reload link that cannot break out of its attribute.
import { expect, it } from "vitest";
import { unavailablePageHtml } from "./unavailable-page";

it("says what happened and reloads the address it is given, escaped, or the one it was asked at", () => {
  expect(unavailablePageHtml()).toMatch(/<h1>Conflict Figures is briefly unavailable<\/h1>/);
  expect(unavailablePageHtml()).toContain('<a href="">Reload this page</a>');
  expect(unavailablePageHtml('/figures?q="><script>x</script>&page=2')).toContain(
    '<a href="/figures?q=&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;page=2">Reload this page</a>',
  );
});
