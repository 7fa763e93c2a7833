/// <reference path="../typings/jquery.d.ts" />

namespace Dashboard.Widgets {
    export interface WidgetOptions {
        container: string;
        refreshSeconds?: number;
    }

    export class Clock {
        private timer: number;
        private $el: JQuery;

        constructor(private options: WidgetOptions) {
            this.$el = $(options.container);
        }

        public start(): void {
            this.render();
            this.timer = window.setInterval(() => this.render(), (this.options.refreshSeconds || 1) * 1000);
        }

        public stop(): void {
            window.clearInterval(this.timer);
        }

        private render(): void {
            var now = new Date();
            this.$el.text(now.toLocaleTimeString());
        }
    }
}

var clock = new Dashboard.Widgets.Clock({ container: "#clock" });
clock.start();
