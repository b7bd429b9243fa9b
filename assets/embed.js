/* くまもと支援ナビ: the embed loader for municipal pages. Our own code, MIT, no dependency.
 *
 *   <script src="https://HOST/PATH/embed.js" data-muni="432024" data-lang="easy" data-for="family" async></script>
 *
 * Puts one iframe of the widget exactly where the script tag stands, with the presets in the
 * widget's query string (never the fragment: that is the person's), and follows the height the
 * widget reports. Presets that are not valid are left out, never written into the page. Each
 * tag makes its own widget, so pasting the snippet twice gives two widgets and no error.
 * Nothing is sent to any server: the iframe sends no referrer and the widget makes no request
 * after it has loaded. Hosts may pin this file with `integrity` (the widget's server sends it
 * with Access-Control-Allow-Origin: see README, "Embedding").
 */
(function () {
  "use strict";
  var doc = document;
  // The tag running now; an `async` tag is still `currentScript` while it runs. Else (a copy
  // added by another script) the first tag of ours not yet used.
  var tag = doc.currentScript;
  if (!tag || tag.hasAttribute("data-ksn-done")) {
    tag = null;
    var all = doc.querySelectorAll("script[src]");
    for (var i = 0; i < all.length && !tag; i++) {
      if (/\/embed\.js(\?|#|$)/.test(all[i].src) && !all[i].hasAttribute("data-ksn-done")) tag = all[i];
    }
  }
  if (!tag || !tag.parentNode) return;
  tag.setAttribute("data-ksn-done", "");

  var src = new URL(".", tag.src);
  var presets = { muni: /^43\d{4}$/, lang: /^(ja|easy|en)$/, "for": /^(self|family)$/ };
  var titles = { ja: "くまもと支援ナビ", easy: "くまもと しえん なび", en: "Kumamoto Support Navi" };
  var lang = "ja";
  for (var key in presets) {
    var value = (tag.getAttribute("data-" + key) || "").trim();
    if (presets[key].test(value)) {
      src.searchParams.set(key, value);
      if (key === "lang") lang = value;
    }
  }

  var frame = doc.createElement("iframe");
  frame.src = src.href;
  frame.title = titles[lang];
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.setAttribute("allow", "geolocation");
  // The frame's size is the widget's to say: set with priority, over a CMS's rules for video
  // embeds (iframe{height:315px !important}, iframe{max-height:600px}, aspect-ratio).
  var size = function (h) {
    frame.style.setProperty("height", h + "px", "important");
  };
  frame.style.cssText = "display:block;width:100%;border:0";
  frame.style.setProperty("max-height", "none", "important");
  frame.style.setProperty("min-height", "0", "important");
  // Until the widget reports its height: enough for the first screen on a phone.
  size(900);
  tag.parentNode.insertBefore(frame, tag);

  // Only our own frame's window, from the widget's own origin: its height, a bounded whole
  // number; and on each screen, its register (the frame's title follows it) and whether the
  // person opened a new screen (its top is then brought into view: WebKit does not scroll the
  // page to what gets focus inside a frame). Nothing else is read.
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (e.source !== frame.contentWindow || e.origin !== src.origin || !d) return;
    if (d.type === "ksn:height" && typeof d.height === "number") {
      var h = d.height;
      if (h % 1 === 0 && h >= 240 && h <= 19920) size(h);
    } else if (d.type === "ksn:screen" && Object.prototype.hasOwnProperty.call(titles, d.lang)) {
      frame.title = titles[d.lang];
      var top = frame.getBoundingClientRect().top;
      if (d.top === true && (top < 0 || top > window.innerHeight)) frame.scrollIntoView({ block: "start" });
    }
  });
})();
