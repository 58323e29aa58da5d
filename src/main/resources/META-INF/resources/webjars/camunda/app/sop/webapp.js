// Shared by Tasklist, Cockpit, Admin and the Welcome page (listed first in each app's customScripts,
// see WebappBranding): dates in the configured time zone, and a link to switch the language.
const settings = window.sopWebapp || {};

// Intl without an explicit zone (the footer's "time zone" line among others) uses the configured one.
if (settings.timeZone && !Intl.DateTimeFormat.sopZone) {
  const BrowserDateTimeFormat = Intl.DateTimeFormat;
  const ZonedDateTimeFormat = function (locales, options) {
    return new BrowserDateTimeFormat(locales, Object.assign({timeZone: settings.timeZone}, options));
  };
  ZonedDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
  ZonedDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf;
  ZonedDateTimeFormat.sopZone = settings.timeZone;
  Intl.DateTimeFormat = ZonedDateTimeFormat;
}

// The webapps format every date with moment (angular-moment's constant). moment-timezone uses the
// same hook: a new local moment moves to the zone's offset. A date given as an instant (a Date, a
// number, an ISO string with an offset) keeps its instant; a wall time parsed without an offset
// (the Tasklist date editors write those) is read as a time in the zone, keeping its digits.
function angularMoment() {
  try {
    return window.angular.injector(['ng', 'angularMoment']).get('moment');
  } catch (e) {
    console.error('SOP Flow: dates stay in the browser time zone', e);
    return null;
  }
}

const moment = angularMoment();
if (moment && typeof settings.offsetMinutes === 'number') {
  // As moment-timezone does: keep the parsed fields on the moment, to tell a wall time from an instant.
  if (Array.isArray(moment.momentProperties) && !moment.momentProperties.includes('_a')) {
    moment.momentProperties.push('_a');
  }
  moment.updateOffset = function (date, keepLocalTime) {
    if (!date._isUTC) {
      const wallTime = date._a !== undefined && date._tzm === undefined;
      date.utcOffset(settings.offsetMinutes, keepLocalTime || wallTime);
    }
  };
}

function currentLocale() {
  return window.localStorage.getItem('sopflow.locale') || settings.locale || 'id';
}

// Texts the webapps' bundles write without translation (form-js's "Select") are replaced by the
// user styles under this class.
document.documentElement.classList.toggle('sop-bahasa-id', currentLocale() === 'id');

// English stays one click away; the choice is kept in this browser.
function addLanguageLink() {
  if (document.querySelector('.sop-bahasa')) {
    return;
  }
  const current = currentLocale();
  const link = document.createElement('a');
  link.className = 'sop-bahasa';
  link.href = '#';
  link.textContent = current === 'en' ? 'Bahasa Indonesia' : 'English';
  link.setAttribute('lang', current === 'en' ? 'id' : 'en');
  link.addEventListener('click', event => {
    event.preventDefault();
    window.localStorage.setItem('sopflow.locale', current === 'en' ? 'id' : 'en');
    window.location.reload();
  });
  document.body.appendChild(link);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', addLanguageLink);
} else {
  addLanguageLink();
}

export default [];
