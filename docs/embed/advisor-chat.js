/*
 * The advisor's chat widget on your own page (the "script" embed). Serve this file from your
 * site; replace https://advisor.example.com with the bot's public URL. Works under the CSPs in
 * docs/embed/csp-*.txt (tried in Chromium by test/browser/embed-csp.test.ts).
 */
(function () {
  'use strict';
  var bot = 'https://advisor.example.com';
  // With a nonce-based CSP, give this <script> tag the page's nonce: Web Chat then writes its
  // <style> tags with it. Read it now: document.currentScript is gone once the code awaits.
  var nonce = (document.currentScript && document.currentScript.nonce) || undefined;
  var locale = /^(id|in)\b/i.test(navigator.language || '') ? 'id-ID' : 'en-US';
  var host = document.getElementById('advisor-chat');

  fetch(bot + '/directline/tokens/generate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ locale: locale })
  })
    .then(function (res) {
      if (!res.ok) throw new Error('token request failed: ' + res.status);
      return res.json();
    })
    .then(function (t) {
      window.WebChat.renderWebChat(
        {
          directLine: window.WebChat.createDirectLine({ domain: bot + '/directline', token: t.token, webSocket: false, pollingInterval: 500 }),
          locale: locale,
          nonce: nonce,
          styleOptions: { hideUploadButton: true, suggestedActionLayout: 'flow' }
        },
        host
      );
    })
    .catch(function (err) {
      host.textContent = 'The chat could not connect. Please reload the page.';
      if (window.console) console.error(err);
    });
})();
