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

  // A reload resumes the conversation of this tab: its token and id are kept in sessionStorage
  // (per tab, gone with it), so a new tab starts fresh. The page reconnects without a watermark:
  // the transcript was lost with the page, so the whole conversation is fetched again.
  var SESSION_KEY = 'advisor-chat-session';

  function savedSession() {
    try {
      var s = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) || 'null');
      if (s && s.mode === config.mode && typeof s.token === 'string' && typeof s.conversationId === 'string') return s;
    } catch (e) {
      /* storage blocked or damaged: start fresh */
    }
    return null;
  }

  function saveSession(token, conversationId) {
    try {
      window.sessionStorage.setItem(SESSION_KEY, JSON.stringify({ mode: config.mode, token: token, conversationId: conversationId, savedAt: Date.now() }));
    } catch (e) {
      /* private mode without storage: a reload starts fresh */
    }
  }

  function forgetSession() {
    try {
      window.sessionStorage.removeItem(SESSION_KEY);
    } catch (e) {
      /* nothing kept */
    }
  }

  // "Continue in chat" from a share link: /?scenario=<token>. A new conversation, with the scenario
  // sent to the bot once it is connected; the query is dropped so a reload does not send it again.
  var params = new URLSearchParams(location.search);
  var sharedScenario = params.get('scenario');
  if (sharedScenario && (sharedScenario.length > 4096 || !/^[A-Za-z0-9_.-]+$/.test(sharedScenario))) sharedScenario = null;
  if (params.has('scenario')) {
    params.delete('scenario');
    var rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
    forgetSession();
  }

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

  var leaving = false;
  window.addEventListener('pagehide', function () {
    leaving = true;
  });
  // Direct Line throws "conversation ended" from a request still in flight once its conversation is
  // gone (a 404 from the service, or its own end()); nothing is lost by it, and the status handler in
  // start() opens a new conversation, so it is not left as an uncaught error on the page.
  window.addEventListener('error', function (e) {
    if (e.error && e.error.message === 'conversation ended') e.preventDefault();
  });

  function createDirectLine(t, resume) {
    var options =
      config.mode === 'azure'
        ? { token: t.token, domain: config.directLineDomain }
        : { domain: location.origin + config.bridgePath, token: t.token, webSocket: false, pollingInterval: 500 };
    if (resume) options.conversationId = t.conversationId;
    return window.WebChat.createDirectLine(options);
  }

  function start(t, resume) {
    var directLine = createDirectLine(t, resume);
    var connected = false;
    saveSession(t.token, t.conversationId);
    directLine.connectionStatus$.subscribe(function (status) {
      // 2 Online, 3 ExpiredToken, 4 FailedToConnect (botframework-directlinejs ConnectionStatus)
      if (status === 2) connected = true;
      if ((status === 3 || status === 4) && resume && !connected) {
        // The kept conversation is gone (expired token, restarted server): start a new one.
        forgetSession();
        location.reload();
      }
      if (status === 5 && connected && !leaving) {
        // Ended while the page is open: the service no longer has this conversation (expired,
        // erased, a restart of the in-memory bridge). A new one, instead of a chat that answers nothing.
        forgetSession();
        location.reload();
      }
    });
    directLine.activity$.subscribe(function () {
      // The client refreshes its token every 15 minutes; keep the latest for the next reload.
      if (directLine.token) saveSession(directLine.token, t.conversationId);
    });
    var pending = sharedScenario;
    sharedScenario = null;
    var store = window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          var result = next(action);
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && pending) {
            var token = pending;
            pending = null;
            api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'loadSharedScenario', value: { token: token } } });
          }
          return result;
        };
      };
    });
    host.innerHTML = '';
    host.setAttribute('aria-busy', 'false');
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        locale: locale,
        nonce: config.nonce,
        styleOptions: styleOptions,
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: strings.inputPlaceholder }
      },
      host
    );
    var input = host.querySelector('input, textarea');
    if (input) input.focus();
  }

  // Asks the service whether the kept conversation is still there (the Direct Line reconnect call,
  // which also renews the token); a conversation it no longer has means a fresh start.
  function checkSession(s) {
    var base = config.mode === 'azure' ? config.directLineDomain : location.origin + config.bridgePath;
    return fetch(base + '/conversations/' + encodeURIComponent(s.conversationId) + '?watermark=', {
      headers: { Authorization: 'Bearer ' + s.token },
      credentials: 'omit'
    }).then(function (res) {
      if (!res.ok) throw new Error('kept conversation unavailable: ' + res.status);
      return res.json().then(function (body) {
        return { token: (body && body.token) || s.token, conversationId: s.conversationId };
      });
    });
  }

  function startFresh() {
    return fetchToken().then(function (t) {
      start(t, false);
    });
  }

  var kept = sharedScenario ? null : savedSession();
  (kept
    ? checkSession(kept).then(
        function (t) {
          start(t, true);
        },
        function () {
          forgetSession();
          return startFresh();
        }
      )
    : startFresh()
  ).catch(fail);
})();
