/**
 * The two inline scripts of every page, as the exact text each page carries (hand-minified, a few hundred
 * bytes, no module loading before first paint). Kept as strings so that formatting the code base never
 * changes a built page; Base.astro writes them with `set:html`.
 */

/**
 * Before first paint: marks the page as scripted (`data-script` on the root, so the colour-scheme switch
 * takes its place in the header from the first frame instead of shifting the page when it appears), and
 * applies the reader's chosen colour scheme (localStorage `theme`); without a choice the system's scheme applies.
 */
export const THEME_BEFORE_PAINT = `document.documentElement.dataset.script='';try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;

/**
 * The colour-scheme switch (#theme-switch): shown only with script, `aria-pressed` when dark, follows the
 * system until the reader chooses, then remembers the choice.
 */
export const THEME_SWITCH = `(function(){var b=document.getElementById('theme-switch');if(!b)return;var r=document.documentElement,m=matchMedia('(prefers-color-scheme: dark)');function d(){return r.dataset.theme?r.dataset.theme==='dark':m.matches}function s(){b.setAttribute('aria-pressed',String(d()))}b.hidden=false;s();m.addEventListener('change',s);b.addEventListener('click',function(){var t=d()?'light':'dark';r.dataset.theme=t;try{localStorage.setItem('theme',t)}catch(e){}s()})})()`;
