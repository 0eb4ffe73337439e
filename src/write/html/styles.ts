// The report's one stylesheet, inlined in the page (no external font, image or script): system fonts, a single
// column that fits a phone, severity shown by words and colours both, and light or dark as the reader's device.
export const STYLES = `
:root{color-scheme:light dark;--fg:#1b1b1b;--muted:#5c5c5c;--bg:#fff;--card:#f6f6f3;--line:#d9d9d4;
--error:#b3261e;--error-bg:#fdecea;--warning:#8a5a00;--warning-bg:#fff4d6;--info:#1f5f99;--info-bg:#e8f1fb;--mark:#ffe066}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--muted:#a8a8a8;--bg:#161616;--card:#222;--line:#3a3a3a;
--error:#ff8a80;--error-bg:#3b1614;--warning:#ffd166;--warning-bg:#3a2e0c;--info:#8cc4ff;--info-bg:#132a40;--mark:#806600}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:60rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem;border-bottom:1px solid var(--line)}
h1{font-size:1.35rem;margin:.25rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem;overflow-wrap:anywhere}
h3{font-size:1.05rem;margin:0;display:inline}
h4{font-size:1rem;margin:1rem 0 .25rem}
.meta{color:var(--muted);margin:.25rem 0 .75rem}
a{color:var(--info)}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
abbr{text-decoration:none}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}
details.act{background:var(--card);border:1px solid var(--line);border-radius:.5rem;margin:.75rem 0;padding:.25rem .75rem .75rem}
details.act>summary{cursor:pointer;padding:.5rem 0;list-style-position:outside;margin-left:1rem}
.act-title{display:block;font-weight:normal;color:var(--muted);overflow-wrap:anywhere}
.badges{display:inline-flex;flex-wrap:wrap;gap:.25rem;margin-left:.25rem;vertical-align:middle}
.badge{display:inline-block;font-size:.8rem;font-weight:600;border-radius:1rem;padding:0 .55rem;border:1px solid currentColor}
.badge.error,.finding.error{color:var(--error)}
.badge.warning,.finding.warning{color:var(--warning)}
.badge.info,.finding.info{color:var(--info)}
.badge.clean{color:var(--muted)}
dl.glance{display:grid;grid-template-columns:minmax(7rem,12rem) 1fr;gap:.35rem 1rem;margin:.5rem 0}
dl.glance dt{font-weight:600;color:var(--muted)}
dl.glance dd{margin:0;overflow-wrap:anywhere}
@media (max-width:34rem){dl.glance{grid-template-columns:1fr;gap:0}dl.glance dd{margin-bottom:.5rem}}
.ref{font-size:.8rem;color:var(--muted);white-space:nowrap}
.tag{font-size:.75rem;border:1px dashed var(--muted);border-radius:.25rem;padding:0 .3rem;color:var(--muted)}
.id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9rem;overflow-wrap:anywhere}
ol.findings{list-style:none;margin:0;padding:0}
li.finding{border-left:.3rem solid currentColor;padding:.4rem .75rem;margin:.5rem 0;border-radius:.25rem}
li.finding.error{background:var(--error-bg)}
li.finding.warning{background:var(--warning-bg)}
li.finding.info{background:var(--info-bg)}
li.finding p{margin:0;color:var(--fg)}
li.finding .rule{font-size:.8rem;color:var(--muted)}
.evidence{margin:.35rem 0 0;padding:0;list-style:none}
.evidence li{margin:.25rem 0}
blockquote{margin:0;padding:.25rem .5rem;background:var(--bg);border:1px solid var(--line);border-radius:.25rem;color:var(--fg);
font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem;white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;font-weight:700;padding:0 .1rem;border-radius:.15rem}
.clean-note{color:var(--muted)}
details.sources{margin-top:.75rem}
details.sources>summary{cursor:pointer;color:var(--muted)}
.unreadable li{color:var(--error);overflow-wrap:anywhere}
@media print{details.act,details.sources{display:block}details.act>summary{list-style:none}}
`.trim();
