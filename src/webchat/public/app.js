/* The chat page script: served as a file so the page's CSP can keep script-src 'self'. */
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('advisor-config').textContent);
  var browserLanguage = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  var lang = /^(id|in)\b/i.test(browserLanguage) ? 'id' : 'en';
  var locale = lang === 'id' ? 'id-ID' : 'en-US';
  var strings = config.strings[lang];
  var host = document.getElementById('webchat');
  var status = document.getElementById('advisor-status');

  document.documentElement.lang = lang;
  document.title = strings.pageTitle;
  document.getElementById('advisor-title').textContent = strings.pageTitle;
  document.getElementById('advisor-tagline').textContent = strings.pageTagline;
  if (status) status.textContent = strings.connecting;

  var accent = '#0b5cad';
  var styleOptions = {
    accent: accent,
    backgroundColor: '#f4f6fa',
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    rootHeight: '100%',
    rootWidth: '100%',
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#dfe5ee',
    bubbleBorderRadius: 14,
    bubbleBorderWidth: 1,
    bubbleMaxWidth: 640,
    bubbleFromUserBackground: accent,
    bubbleFromUserBorderColor: accent,
    bubbleFromUserBorderRadius: 14,
    bubbleFromUserTextColor: '#ffffff',
    botAvatarInitials: 'CC',
    botAvatarBackgroundColor: '#0b3b75',
    avatarSize: 36,
    hideUploadButton: true,
    // Flow wraps every suggestion onto the screen instead of hiding some in a scrolling strip.
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: accent,
    suggestedActionBorderRadius: 18,
    suggestedActionBorderWidth: 1,
    suggestedActionTextColor: accent,
    suggestedActionHeight: 36,
    sendBoxBackground: '#ffffff',
    sendBoxHeight: 52,
    sendBoxButtonColor: accent,
    timestampColor: '#64748b',
    transcriptOverlayButtonBackground: accent
  };

  function fetchToken() {
    return fetch(config.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: locale }),
      credentials: 'same-origin'
    }).then(function (res) {
      if (!res.ok) throw new Error('token request failed: ' + res.status);
      return res.json();
    });
  }

  function fail(err) {
    host.setAttribute('aria-busy', 'false');
    host.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'advisor-status advisor-error';
    p.textContent = strings.connectFailed;
    host.appendChild(p);
    if (window.console) console.error(err);
  }

  if (!window.WebChat) return fail(new Error('Web Chat did not load'));

  fetchToken()
    .then(function (t) {
      var directLine =
        config.mode === 'azure'
          ? window.WebChat.createDirectLine({ token: t.token, domain: config.directLineDomain })
          : window.WebChat.createDirectLine({
              domain: location.origin + config.bridgePath,
              token: t.token,
              webSocket: false,
              pollingInterval: 500
            });
      host.innerHTML = '';
      host.setAttribute('aria-busy', 'false');
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          locale: locale,
          nonce: config.nonce,
          styleOptions: styleOptions,
          overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: strings.inputPlaceholder }
        },
        host
      );
      var input = host.querySelector('input, textarea');
      if (input) input.focus();
    })
    .catch(fail);
})();
