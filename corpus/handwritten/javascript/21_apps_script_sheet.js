function onOpen() {
  SpreadsheetApp.getUi()
    .createMenu('Invoices')
    .addItem('Generate PDFs', 'generatePdfs')
    .addItem('Email unpaid reminders', 'emailReminders')
    .addToUi();
}

function generatePdfs() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Invoices');
  var rows = sheet.getDataRange().getValues();
  var header = rows.shift();
  var col = {};
  header.forEach(function (h, i) { col[h] = i; });
  var folder = DriveApp.getFolderById(PropertiesService.getScriptProperties().getProperty('PDF_FOLDER'));
  var template = DriveApp.getFileById(PropertiesService.getScriptProperties().getProperty('TEMPLATE_DOC'));

  rows.forEach(function (r, i) {
    if (r[col['PDF']]) return;
    var copy = template.makeCopy('Invoice ' + r[col['Number']], folder);
    var doc = DocumentApp.openById(copy.getId());
    var body = doc.getBody();
    body.replaceText('{{number}}', r[col['Number']]);
    body.replaceText('{{client}}', r[col['Client']]);
    body.replaceText('{{amount}}', Utilities.formatString('%.2f', r[col['Amount']]));
    body.replaceText('{{due}}', Utilities.formatDate(r[col['Due']], 'Europe/Dublin', 'd MMM yyyy'));
    doc.saveAndClose();
    var pdf = folder.createFile(copy.getAs('application/pdf'));
    copy.setTrashed(true);
    sheet.getRange(i + 2, col['PDF'] + 1).setValue(pdf.getUrl());
  });
}

function emailReminders() {
  var rows = SpreadsheetApp.getActive().getSheetByName('Invoices').getDataRange().getValues().slice(1);
  var today = new Date();
  rows.filter(function (r) { return !r[5] && r[4] < today; }).forEach(function (r) {
    MailApp.sendEmail(r[2], 'Reminder: invoice ' + r[0], 'Dear ' + r[1] + ',\n\nour invoice ' + r[0] + ' is now overdue.');
  });
}
