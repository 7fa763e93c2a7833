/**
 * Generates one Google Doc per row of the "Contracts" sheet from a template
 * doc with {{placeholders}}, then writes the doc URL back to the sheet.
 * Run from the custom menu; long batches resume via a time-driven trigger.
 */

const TEMPLATE_ID = PropertiesService.getScriptProperties().getProperty('TEMPLATE_DOC_ID');
const OUTPUT_FOLDER_ID = PropertiesService.getScriptProperties().getProperty('OUTPUT_FOLDER_ID');
const MAX_RUNTIME_MS = 5 * 60 * 1000;

function onOpen() {
  SpreadsheetApp.getUi().createMenu('Contracts').addItem('Generate documents', 'generateDocs').addToUi();
}

function generateDocs() {
  const started = Date.now();
  const sheet = SpreadsheetApp.getActive().getSheetByName('Contracts');
  const [header, ...rows] = sheet.getDataRange().getDisplayValues();
  const col = Object.fromEntries(header.map((h, i) => [h.trim(), i]));
  const urlCol = col['Doc URL'];
  if (urlCol === undefined) throw new Error('Add a "Doc URL" column first');

  const template = DriveApp.getFileById(TEMPLATE_ID);
  const folder = DriveApp.getFolderById(OUTPUT_FOLDER_ID);
  let made = 0;

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row[urlCol]) continue; // already generated
    if (Date.now() - started > MAX_RUNTIME_MS) {
      scheduleResume_();
      break;
    }

    const values = Object.fromEntries(header.map((h, i) => [h.trim(), row[i]]));
    const name = `Contract - ${values['Client']} - ${values['Start date']}`;
    const copy = template.makeCopy(name, folder);
    const doc = DocumentApp.openById(copy.getId());
    const body = doc.getBody();

    Object.entries(values).forEach(([key, value]) => {
      body.replaceText(`\\{\\{${escapeRegex_(key)}\\}\\}`, value || '');
    });
    body.replaceText('\\{\\{Today\\}\\}', Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'd MMMM yyyy'));
    doc.saveAndClose();

    sheet.getRange(r + 2, urlCol + 1).setValue(doc.getUrl());
    made++;
  }

  SpreadsheetApp.getActive().toast(`Generated ${made} document(s)`, 'Contracts', 5);
}

function scheduleResume_() {
  const exists = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === 'generateDocs');
  if (!exists) ScriptApp.newTrigger('generateDocs').timeBased().after(60 * 1000).create();
}

function escapeRegex_(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
