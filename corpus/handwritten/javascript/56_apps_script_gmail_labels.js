/**
 * Google Apps Script: auto-label and archive newsletters, runs on a time trigger.
 * Set up once with installTrigger().
 */
var RULES = [
  { from: /@substack\.com$/i, label: 'Reading/Newsletters' },
  { from: /noreply@github\.com/i, subject: /\[acme\/.*\] (PR|Issue)/, label: 'Dev/GitHub' },
  { from: /@(paypal|stripe)\.com$/i, label: 'Finance/Receipts', keepInInbox: true },
];

function installTrigger() {
  ScriptApp.getProjectTriggers().forEach(function (t) {
    if (t.getHandlerFunction() === 'processInbox') ScriptApp.deleteTrigger(t);
  });
  ScriptApp.newTrigger('processInbox').timeBased().everyMinutes(15).create();
}

function getOrCreateLabel_(name) {
  return GmailApp.getUserLabelByName(name) || GmailApp.createLabel(name);
}

function processInbox() {
  var threads = GmailApp.search('in:inbox newer_than:2d', 0, 100);
  var counts = {};

  threads.forEach(function (thread) {
    var msg = thread.getMessages()[0];
    var from = msg.getFrom();
    var subject = msg.getSubject();

    for (var i = 0; i < RULES.length; i++) {
      var rule = RULES[i];
      if (!rule.from.test(from)) continue;
      if (rule.subject && !rule.subject.test(subject)) continue;

      thread.addLabel(getOrCreateLabel_(rule.label));
      if (!rule.keepInInbox) thread.moveToArchive();
      counts[rule.label] = (counts[rule.label] || 0) + 1;
      break;
    }
  });

  Logger.log(JSON.stringify(counts));
  var props = PropertiesService.getUserProperties();
  props.setProperty('lastRun', new Date().toISOString());
}
