/* extension.js
 *
 * Pomodoro indicator for the GNOME Shell top bar (legacy imports API, 3.36 – 44).
 */

'use strict';

const { GObject, St, Clutter, GLib, Gio } = imports.gi;

const Main = imports.ui.main;
const PanelMenu = imports.ui.panelMenu;
const PopupMenu = imports.ui.popupMenu;
const MessageTray = imports.ui.messageTray;

const ExtensionUtils = imports.misc.extensionUtils;
const Me = ExtensionUtils.getCurrentExtension();

const WORK_SECONDS = 25 * 60;
const BREAK_SECONDS = 5 * 60;

function formatTime(seconds) {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return `${m.toString().padStart(2, '0')}:${s.toString().padStart(2, '0')}`;
}

const PomodoroIndicator = GObject.registerClass(
class PomodoroIndicator extends PanelMenu.Button {
    _init(settings) {
        super._init(0.0, 'Pomodoro Indicator');

        this._settings = settings;
        this._remaining = WORK_SECONDS;
        this._onBreak = false;
        this._timeoutId = 0;
        this._completed = 0;

        const box = new St.BoxLayout({ style_class: 'panel-status-menu-box' });
        this._icon = new St.Icon({
            gicon: Gio.icon_new_for_string(`${Me.path}/icons/tomato-symbolic.svg`),
            style_class: 'system-status-icon',
        });
        this._label = new St.Label({
            text: formatTime(this._remaining),
            y_align: Clutter.ActorAlign.CENTER,
        });
        box.add_child(this._icon);
        box.add_child(this._label);
        this.add_child(box);

        this._toggleItem = new PopupMenu.PopupMenuItem('Start');
        this._toggleItem.connect('activate', () => this._toggle());
        this.menu.addMenuItem(this._toggleItem);

        const resetItem = new PopupMenu.PopupMenuItem('Reset');
        resetItem.connect('activate', () => this._reset());
        this.menu.addMenuItem(resetItem);

        this.menu.addMenuItem(new PopupMenu.PopupSeparatorMenuItem());

        this._countItem = new PopupMenu.PopupMenuItem('Completed today: 0', { reactive: false });
        this.menu.addMenuItem(this._countItem);

        this._settingsChangedId = this._settings.connect('changed::show-seconds', () => this._sync());
    }

    _toggle() {
        if (this._timeoutId) {
            GLib.source_remove(this._timeoutId);
            this._timeoutId = 0;
        } else {
            this._timeoutId = GLib.timeout_add_seconds(GLib.PRIORITY_DEFAULT, 1, () => {
                this._tick();
                return GLib.SOURCE_CONTINUE;
            });
        }
        this._sync();
    }

    _tick() {
        this._remaining -= 1;
        if (this._remaining <= 0) {
            if (!this._onBreak) {
                this._completed += 1;
                this._notify('Time for a break', `You finished pomodoro #${this._completed}.`);
            } else {
                this._notify('Back to work', 'Break is over.');
            }
            this._onBreak = !this._onBreak;
            this._remaining = this._onBreak ? BREAK_SECONDS : WORK_SECONDS;
        }
        this._sync();
    }

    _reset() {
        if (this._timeoutId) {
            GLib.source_remove(this._timeoutId);
            this._timeoutId = 0;
        }
        this._onBreak = false;
        this._remaining = WORK_SECONDS;
        this._sync();
    }

    _notify(title, body) {
        const source = new MessageTray.Source('Pomodoro', 'alarm-symbolic');
        Main.messageTray.add(source);
        const notification = new MessageTray.Notification(source, title, body);
        notification.setTransient(true);
        source.showNotification(notification);
    }

    _sync() {
        const showSeconds = this._settings.get_boolean('show-seconds');
        this._label.text = showSeconds
            ? formatTime(this._remaining)
            : `${Math.ceil(this._remaining / 60)}m`;
        this._label.style = this._onBreak ? 'color: #8ae234;' : '';
        this._toggleItem.label.text = this._timeoutId ? 'Pause' : 'Start';
        this._countItem.label.text = `Completed today: ${this._completed}`;
    }

    destroy() {
        if (this._timeoutId) {
            GLib.source_remove(this._timeoutId);
            this._timeoutId = 0;
        }
        if (this._settingsChangedId) {
            this._settings.disconnect(this._settingsChangedId);
            this._settingsChangedId = 0;
        }
        super.destroy();
    }
});

class Extension {
    constructor(uuid) {
        this._uuid = uuid;
        this._indicator = null;
    }

    enable() {
        const settings = ExtensionUtils.getSettings('org.gnome.shell.extensions.pomodoro-lite');
        this._indicator = new PomodoroIndicator(settings);
        Main.panel.addToStatusArea(this._uuid, this._indicator, 1, 'right');
    }

    disable() {
        this._indicator?.destroy();
        this._indicator = null;
    }
}

function init(meta) {
    ExtensionUtils.initTranslations();
    return new Extension(meta.uuid);
}
