/**
 * The page's Content Security Policy nonce (docs/console.md, "Content Security Policy"). The service writes a
 * fresh one into each copy of index.html, in the `csp-nonce` meta tag Vite adds, and allows `<style>` elements
 * only with it. Read from the element's property: browsers hide the attribute once the page has loaded.
 */
export const CSP_NONCE: string | undefined =
  document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

/**
 * Every `<style>` element the console's scripts create carries the nonce. Ant Design passes it on where it
 * writes its CSS-in-JS (ConfigProvider's `csp`), but a few helpers under it create a `<style>` of their own
 * without it (the table's scrollbar measurement), which the policy would refuse. The scripts that run here
 * are already only the service's own (`script-src`), so this extends no trust; markup injected into the page
 * (a `<style>` in HTML) still gets no nonce and stays refused.
 */
export function nonceScriptStyles(nonce: string | undefined): void {
  if (!nonce) return;
  const createElement = Document.prototype.createElement.bind(document);
  document.createElement = (tagName: string, options?: ElementCreationOptions): HTMLElement => {
    const element = createElement(tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  };
}
