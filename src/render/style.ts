/**
 * The viewer’s stylesheet and script: constant text, so pages are pure and
 * the Content Security Policy can name both by hash.
 */
import {dark, light, patterns, type Theme} from './palette.js'
import {claimKinds} from './describe.js'

/** Underline style per claim kind (kind words are in the badge as well). */
const claimUnderline: Record<(typeof claimKinds)[number], string> = {
  quantity: 'solid',
  prediction: 'dashed',
  causation: 'wavy',
  rule: 'double',
  experience: 'dotted',
  other: 'solid'
}

function variables(theme: Theme): string {
  const lines = [
    '--ct-bg:' + theme.background,
    '--ct-fg:' + theme.text,
    '--ct-muted:' + theme.muted,
    '--ct-panel:' + theme.panel,
    '--ct-border:' + theme.border,
    '--ct-link:' + theme.link,
    '--ct-focus:' + theme.focus,
    '--ct-tip-bg:' + theme.tipBackground,
    '--ct-tip-fg:' + theme.tipText,
    '--ct-on-line:' + theme.onLine,
    '--ct-badge-bg:' + theme.badgeBackground,
    '--ct-badge-fg:' + theme.badgeText,
    '--ct-claim:' + theme.claimLine,
    '--ct-claim-weak:' + theme.claimLineWeak
  ]
  for (const [index, colour] of theme.sources.entries()) {
    lines.push('--ct-c' + index + '-bg:' + colour.background, '--ct-c' + index + '-line:' + colour.line)
  }

  return lines.join(';')
}

function build(): string {
  const rules: string[] = [
    // Themes: `auto` follows the reader’s preference.
    '.claimtrace{' + variables(light) + ';color-scheme:light}',
    '@media (prefers-color-scheme:dark){.claimtrace[data-theme=auto]{' + variables(dark) + ';color-scheme:dark}}',
    '.claimtrace[data-theme=dark]{' + variables(dark) + ';color-scheme:dark}',
    '.claimtrace{background:var(--ct-bg);color:var(--ct-fg);font:1.0625rem/1.65 Georgia,"Times New Roman",serif;' +
      'margin:0;display:grid;grid-template-columns:minmax(0,44rem) minmax(16rem,22rem);' +
      'grid-template-areas:"header header" "article aside" "footer footer";gap:0 3rem;justify-content:center;' +
      'padding:0 1.5rem}',
    '@media (max-width:60rem){.claimtrace{grid-template-columns:minmax(0,44rem);' +
      'grid-template-areas:"header" "article" "aside" "footer"}}',
    '.claimtrace *,.claimtrace *::before,.claimtrace *::after{box-sizing:border-box}',
    '.claimtrace .ct-header{grid-area:header;font:.875rem/1.5 system-ui,sans-serif;color:var(--ct-muted);' +
      'border-bottom:1px solid var(--ct-border);padding:.75rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;' +
      'align-items:baseline}',
    '.claimtrace .ct-header p{margin:0}',
    '.claimtrace .ct-brand{font-weight:700;color:var(--ct-fg)}',
    '.claimtrace .ct-main,.claimtrace>.ct-article{grid-area:article;min-width:0}',
    '.claimtrace .ct-panel{grid-area:aside;min-width:0}',
    '.claimtrace .ct-footer{grid-area:footer;font:.8125rem/1.5 system-ui,sans-serif;color:var(--ct-muted);' +
      'border-top:1px solid var(--ct-border);margin-top:2rem;padding:.75rem 0 2rem}',
    '.claimtrace .ct-article h1{font:700 2rem/1.25 system-ui,sans-serif;margin:1.5rem 0 1rem}',
    '.claimtrace .ct-article h2,.claimtrace .ct-article h3,.claimtrace .ct-article h4,' +
      '.claimtrace .ct-article h5,.claimtrace .ct-article h6{font:700 1.25rem/1.3 system-ui,sans-serif;margin:1.5rem 0 .5rem}',
    '.claimtrace .ct-article p,.claimtrace .ct-article li{margin:0 0 1rem}',
    '.claimtrace .ct-byline,.claimtrace .ct-dateline{font:.9375rem/1.5 system-ui,sans-serif;color:var(--ct-muted)}',
    '.claimtrace blockquote{margin:0 0 1rem;padding-left:1rem;border-left:4px solid var(--ct-border)}',
    '.claimtrace pre{white-space:pre-wrap;font:.875rem/1.5 ui-monospace,monospace;background:var(--ct-panel);padding:.5rem}',
    '.claimtrace hr{border:0;border-top:1px solid var(--ct-border);margin:1.5rem 0}',
    '.claimtrace .ct-credits{font:.875rem/1.5 system-ui,sans-serif;color:var(--ct-muted)}',
    '.claimtrace a{color:var(--ct-link)}',
    // Focus: a visible ring on everything focusable.
    '.claimtrace :focus-visible{outline:3px solid var(--ct-focus);outline-offset:2px;border-radius:2px}',
    '.claimtrace .ct-source:target{outline:3px solid var(--ct-focus);outline-offset:2px}',
    '.claimtrace .ct-skip{position:absolute;left:-9999px;top:0;background:var(--ct-bg);padding:.5rem;z-index:30}',
    '.claimtrace .ct-skip:focus{left:.5rem}',
    // Quotes: source tint, a source-numbered label, and a border pattern.
    '.claimtrace .ct-quote{color:inherit;background:var(--ct-q-bg);border-bottom:2px solid var(--ct-q-line);' +
      'padding:0 1px;border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}',
    '.claimtrace .ct-quote[data-label]::before{content:attr(data-label);content:attr(data-label) / "";' +
      'font:700 .6875rem/1 system-ui,sans-serif;background:var(--ct-q-line);color:var(--ct-on-line);' +
      'border-radius:.5rem;padding:.125rem .3rem;margin-right:.2rem;vertical-align:.15em}'
  ]

  for (let index = 0; index < light.sources.length; index++) {
    rules.push(
      '.claimtrace .ct-c' + index + '{--ct-q-bg:var(--ct-c' + index + '-bg);--ct-q-line:var(--ct-c' + index + '-line)}'
    )
  }

  for (const [index, pattern] of patterns.entries()) {
    rules.push(
      '.claimtrace .ct-quote.ct-pat' + index + '{border-bottom-style:' + pattern +
        (pattern === 'double' ? ';border-bottom-width:4px' : pattern === 'solid' ? '' : ';border-bottom-width:3px') +
        '}'
    )
  }

  rules.push(
    // Claims: underline style by kind; strength and a badge by check-worthiness.
    '.claimtrace .ct-claim{text-decoration-line:underline;text-decoration-color:var(--ct-claim-weak);' +
      'text-decoration-thickness:1.5px;text-underline-offset:.3em;text-decoration-skip-ink:none}',
    '.claimtrace .ct-claim.ct-worthy{text-decoration-color:var(--ct-claim);text-decoration-thickness:2px}',
    '.claimtrace .ct-claim[data-badge]::before{content:attr(data-badge);content:attr(data-badge) / "";' +
      'display:inline-block;text-decoration:none;font:600 .6875rem/1.2 system-ui,sans-serif;' +
      'border:1px solid var(--ct-claim-weak);color:var(--ct-fg);background:var(--ct-bg);border-radius:.25rem;' +
      'padding:.05rem .3rem;margin-right:.25rem;vertical-align:.15em}',
    '.claimtrace .ct-claim.ct-worthy[data-badge]::before{background:var(--ct-badge-bg);color:var(--ct-badge-fg);' +
      'border-color:var(--ct-badge-bg)}'
  )

  for (const kind of claimKinds) {
    rules.push('.claimtrace .ct-k-' + kind + '{text-decoration-style:' + claimUnderline[kind] + '}')
  }

  rules.push(
    '.claimtrace .ct-k-rule{text-underline-offset:.25em}',
    // Mentions: links to the source, told apart by weight and a tight underline.
    '.claimtrace .ct-mention{color:var(--ct-link);font-weight:700;text-decoration:underline 1px;' +
      'text-underline-offset:.12em}',
    // Tooltips: the attribution, on focus or hover (innermost item only), no script needed.
    '.claimtrace [data-tip]{position:relative}',
    '.claimtrace [data-tip]::after{content:attr(data-tip);content:attr(data-tip) / "";display:none;' +
      'position:absolute;left:0;top:100%;z-index:20;width:max-content;max-width:min(26rem,85vw);' +
      'white-space:pre-line;text-align:start;text-indent:0;font:400 .8125rem/1.45 system-ui,sans-serif;' +
      'font-style:normal;font-weight:400;letter-spacing:normal;background:var(--ct-tip-bg);color:var(--ct-tip-fg);' +
      // A transparent top border, not a margin, spaces it from the text: the
      // pointer can move onto the tip without leaving it (WCAG 1.4.13).
      'border-top:.4rem solid transparent;background-clip:padding-box;padding:.45rem .6rem;' +
      'border-radius:0 0 .375rem .375rem;filter:drop-shadow(0 3px 6px rgb(0 0 0/.3))}',
    '.claimtrace [data-tip]:focus::after{display:block}',
    '.claimtrace [data-tip]:hover:not(:has([data-tip]:hover))::after{display:block}',
    '.claimtrace[data-tips=off] [data-tip]::after{display:none}',
    // Sources panel.
    '.claimtrace .ct-panel{font:.875rem/1.5 system-ui,sans-serif}',
    '.claimtrace .ct-panel-inner{position:sticky;top:0;max-height:100vh;overflow:auto;padding:1.5rem 0}',
    '@media (max-width:60rem){.claimtrace .ct-panel-inner{position:static;max-height:none}}',
    '.claimtrace .ct-panel h2{font:700 1rem/1.3 system-ui,sans-serif;margin:0 0 .75rem}',
    '.claimtrace .ct-panel h2+*{margin-top:0}',
    '.claimtrace .ct-panel section+section{margin-top:1.5rem}',
    '.claimtrace .ct-sources{list-style:none;margin:0;padding:0}',
    '.claimtrace .ct-source{background:var(--ct-panel);border:1px solid var(--ct-border);' +
      'border-left:6px solid var(--ct-q-line);border-radius:.375rem;padding:.5rem .75rem;margin:0 0 .5rem}',
    '.claimtrace .ct-source.ct-pat1{border-left-style:dashed}',
    '.claimtrace .ct-source.ct-pat2{border-left-style:dotted}',
    '.claimtrace .ct-source.ct-pat3{border-left-style:double}',
    '.claimtrace .ct-source h3{font:700 .9375rem/1.3 system-ui,sans-serif;margin:0}',
    '.claimtrace .ct-number{display:inline-block;min-width:1.4em;text-align:center;font-size:.75rem;' +
      'background:var(--ct-q-line);color:var(--ct-on-line);border-radius:.5rem;padding:0 .3rem;margin-right:.35rem}',
    '.claimtrace .ct-source p{margin:.125rem 0 0;color:var(--ct-muted)}',
    '.claimtrace .ct-source dl{margin:.25rem 0 0;display:grid;grid-template-columns:auto 1fr;gap:0 .5rem}',
    '.claimtrace .ct-source dt{color:var(--ct-muted)}',
    '.claimtrace .ct-source dd{margin:0}',
    '.claimtrace .ct-source ul{margin:.25rem 0 0;padding-left:1.1rem}',
    '.claimtrace .ct-key{margin:0;padding:0;list-style:none}',
    '.claimtrace .ct-key li{margin:0 0 .4rem}',
    '.claimtrace .ct-key .ct-claim,.claimtrace .ct-key .ct-quote{font-family:Georgia,serif}',
    '.claimtrace .ct-key .ct-claim[data-badge]::before{content:none}',
    '.claimtrace .ct-badge-sample{display:inline-block;font:600 .6875rem/1.2 system-ui,sans-serif;' +
      'border:1px solid var(--ct-claim-weak);border-radius:.25rem;padding:.05rem .3rem;background:var(--ct-bg)}',
    '.claimtrace .ct-badge-sample.ct-worthy{background:var(--ct-badge-bg);color:var(--ct-badge-fg);' +
      'border-color:var(--ct-badge-bg)}',
    '.claimtrace .ct-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);' +
      'white-space:nowrap}',
    '@media (prefers-reduced-motion:no-preference){.claimtrace{scroll-behavior:smooth}}',
    '@media (forced-colors:active){.claimtrace .ct-quote{border-bottom-color:CanvasText}' +
      '.claimtrace [data-tip]::after{border:1px solid CanvasText}}',
    '@media print{.claimtrace [data-tip]::after,.claimtrace .ct-skip{display:none}}'
  )

  return rules.join('\n')
}

/**
 * The viewer’s stylesheet, scoped to `.claimtrace`: include it in your page
 * when you render fragments (`standalone: false`); whole documents inline it.
 */
export const stylesheet: string = build()

/**
 * The page’s only script: Escape hides the tooltip until focus or the
 * pointer moves (WCAG 1.4.13). Everything else works without it.
 */
export const script: string =
  "(function(){var b=document.body;document.addEventListener('keydown',function(e){" +
  "if(e.key==='Escape')b.setAttribute('data-tips','off')});" +
  "['focusin','pointerover'].forEach(function(t){document.addEventListener(t,function(){" +
  "b.removeAttribute('data-tips')})})})()"
