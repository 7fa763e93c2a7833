type Constructor<T = {}> = new (...args: any[]) => T;

function Timestamped<TBase extends Constructor>(Base: TBase) {
    return class extends Base {
        createdAt = new Date();
        updatedAt = new Date();
        touch() {
            this.updatedAt = new Date();
        }
    };
}

function SoftDeletable<TBase extends Constructor>(Base: TBase) {
    return class extends Base {
        deletedAt: Date | null = null;
        get isDeleted(): boolean {
            return this.deletedAt !== null;
        }
        softDelete() {
            this.deletedAt = new Date();
        }
        restore() {
            this.deletedAt = null;
        }
    };
}

function Observable<TBase extends Constructor>(Base: TBase) {
    return class extends Base {
        private handlers: Array<(field: string) => void> = [];
        onChange(fn: (field: string) => void) {
            this.handlers.push(fn);
        }
        protected changed(field: string) {
            this.handlers.forEach((h) => h(field));
        }
    };
}

class Document {
    constructor(public title: string, public body = "") {}
}

export class Article extends Observable(SoftDeletable(Timestamped(Document))) {
    setTitle(title: string) {
        this.title = title;
        this.touch();
        this.changed("title");
    }
}

const a = new Article("Hello");
a.onChange((f) => console.log(`changed: ${f}`));
a.setTitle("Hello, world");
a.softDelete();
console.log(a.isDeleted, a.updatedAt instanceof Date);
