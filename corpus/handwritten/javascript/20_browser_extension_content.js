// Highlights prices on the page and converts them to the user's currency.
(function () {
  const PRICE_RE = /(?:US)?\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?)/g;

  chrome.storage.sync.get({ currency: 'EUR', rate: 0.92 }, ({ currency, rate }) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (!node.nodeValue || !PRICE_RE.test(node.nodeValue)) return NodeFilter.FILTER_REJECT;
        PRICE_RE.lastIndex = 0;
        const tag = node.parentElement && node.parentElement.tagName;
        return tag === 'SCRIPT' || tag === 'STYLE' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      },
    });

    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);

    const fmt = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    nodes.forEach((node) => {
      const span = document.createElement('span');
      span.innerHTML = node.nodeValue.replace(PRICE_RE, (m, num) => {
        const usd = parseFloat(num.replace(/,/g, ''));
        return `<mark title="${fmt.format(usd * rate)}">${m}</mark>`;
      });
      node.replaceWith(span);
    });
  });
})();
