// Type definitions for sparkline-lite 3.x (UMD build)
// Definitions by: the dashboards team

export = Sparkline;
export as namespace Sparkline;

declare function Sparkline(target: string | HTMLElement, data: number[], options?: Sparkline.Options): Sparkline.Chart;
declare function Sparkline(
    target: string | HTMLElement,
    data: Sparkline.Point[],
    options?: Sparkline.Options & { x: "time" },
): Sparkline.Chart<Sparkline.Point>;

declare namespace Sparkline {
    type Kind = "line" | "bar" | "area" | "winloss";
    type Color = string | ((value: number, index: number) => string);

    interface Point {
        x: Date | number;
        y: number;
        label?: string;
    }

    interface Marker {
        index: number;
        color?: string;
        radius?: number;
    }

    interface Options {
        kind?: Kind;
        width?: number | "auto";
        height?: number;
        color?: Color;
        fill?: Color | false;
        lineWidth?: number;
        min?: number;
        max?: number;
        /** Draw a horizontal reference line, e.g. a target value. */
        reference?: number | { value: number; color?: string; dashed?: boolean };
        markers?: Array<Marker | "min" | "max" | "first" | "last">;
        tooltip?: boolean | ((value: number, index: number) => string);
        animate?: boolean | number;
        x?: "index" | "time";
    }

    interface ChartEventMap<T> {
        hover: { index: number; value: T };
        leave: undefined;
        click: { index: number; value: T; originalEvent: MouseEvent };
    }

    interface Chart<T = number> {
        readonly element: SVGSVGElement;
        readonly options: Readonly<Options>;
        data(): T[];
        data(values: T[]): this;
        append(value: T, maxLength?: number): this;
        resize(width?: number, height?: number): this;
        on<K extends keyof ChartEventMap<T>>(event: K, handler: (payload: ChartEventMap<T>[K]) => void): this;
        off<K extends keyof ChartEventMap<T>>(event: K, handler?: (payload: ChartEventMap<T>[K]) => void): this;
        toDataURL(type?: "image/png" | "image/svg+xml"): Promise<string>;
        destroy(): void;
    }

    const version: string;
    const defaults: Required<Pick<Options, "kind" | "height" | "lineWidth" | "animate">>;

    function registerKind(
        name: string,
        render: (ctx: { svg: SVGSVGElement; values: number[]; scaleY(v: number): number; options: Options }) => void,
    ): void;

    namespace util {
        function extent(values: readonly number[]): [min: number, max: number];
        function movingAverage(values: readonly number[], window: number): number[];
    }
}
