/**
 * Google Apps Script bound to the "Event Signups" spreadsheet.
 * - onFormSubmit: validates a response, assigns a seat, emails a confirmation
 * - buildSummary: menu item that writes per-session totals to a sheet
 */

var CONFIG = {
  responsesSheet: 'Form Responses 1',
  summarySheet: 'Summary',
  capacity: { 'Morning workshop': 40, 'Afternoon talk': 120, 'Evening social': 80 },
  organizer: 'events@example.org'
};

function onOpen() {
  SpreadsheetApp.getUi()
    .createMenu('Signups')
    .addItem('Rebuild summary', 'buildSummary')
    .addItem('Resend confirmation to selected row', 'resendSelected')
    .addToUi();
}

function onFormSubmit(e) {
  var sheet = e.range.getSheet();
  var row = e.range.getRow();
  var values = e.namedValues;
  var email = String(values['Email address'][0]).trim();
  var name = String(values['Full name'][0]).trim();
  var session = String(values['Session'][0]);

  var lock = LockService.getScriptLock();
  lock.waitLock(30000);
  try {
    var taken = countSession_(sheet, session);
    var status = taken <= (CONFIG.capacity[session] || 0) ? 'Confirmed' : 'Waitlist';
    var statusCol = headerIndex_(sheet, 'Status');
    sheet.getRange(row, statusCol).setValue(status);
    sendConfirmation_(email, name, session, status);
  } finally {
    lock.releaseLock();
  }
}

function countSession_(sheet, session) {
  var data = sheet.getDataRange().getValues();
  var col = data[0].indexOf('Session');
  var count = 0;
  for (var i = 1; i < data.length; i++) {
    if (data[i][col] === session) count++;
  }
  return count;
}

function headerIndex_(sheet, header) {
  var headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  var idx = headers.indexOf(header);
  if (idx === -1) {
    sheet.getRange(1, headers.length + 1).setValue(header);
    return headers.length + 1;
  }
  return idx + 1;
}

function sendConfirmation_(email, name, session, status) {
  var subject = status === 'Confirmed'
    ? 'You are confirmed: ' + session
    : 'You are on the waitlist: ' + session;
  var body = 'Hi ' + name + ',\n\n' +
    (status === 'Confirmed'
      ? 'Your place at the ' + session + ' is confirmed.'
      : 'The ' + session + ' is full; we will email you if a place opens up.') +
    '\n\nSee you there!\n';
  MailApp.sendEmail({ to: email, subject: subject, body: body, replyTo: CONFIG.organizer });
}

function buildSummary() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var data = ss.getSheetByName(CONFIG.responsesSheet).getDataRange().getValues();
  var header = data.shift();
  var sCol = header.indexOf('Session');
  var stCol = header.indexOf('Status');

  var totals = {};
  data.forEach(function (r) {
    var t = totals[r[sCol]] || (totals[r[sCol]] = { Confirmed: 0, Waitlist: 0 });
    if (t[r[stCol]] !== undefined) t[r[stCol]]++;
  });

  var out = [['Session', 'Capacity', 'Confirmed', 'Waitlist']];
  Object.keys(CONFIG.capacity).forEach(function (s) {
    var t = totals[s] || { Confirmed: 0, Waitlist: 0 };
    out.push([s, CONFIG.capacity[s], t.Confirmed, t.Waitlist]);
  });

  var summary = ss.getSheetByName(CONFIG.summarySheet) || ss.insertSheet(CONFIG.summarySheet);
  summary.clear();
  summary.getRange(1, 1, out.length, out[0].length).setValues(out);
  summary.getRange('A1:D1').setFontWeight('bold');
  summary.autoResizeColumns(1, 4);
}

function resendSelected() {
  var sheet = SpreadsheetApp.getActiveSheet();
  var row = sheet.getActiveRange().getRow();
  var headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  var r = sheet.getRange(row, 1, 1, headers.length).getValues()[0];
  sendConfirmation_(r[headers.indexOf('Email address')], r[headers.indexOf('Full name')],
    r[headers.indexOf('Session')], r[headers.indexOf('Status')]);
  SpreadsheetApp.getActive().toast('Confirmation resent to row ' + row);
}
