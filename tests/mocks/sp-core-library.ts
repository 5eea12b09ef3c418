/** jest stand-in for @microsoft/sp-core-library (the real one cannot load outside SharePoint). */
export class Version {
  private constructor(private readonly text: string) {}
  public static parse(text: string): Version {
    return new Version(text);
  }
  public toString(): string {
    return this.text;
  }
}

export class ServiceKey<T> {
  private constructor(public readonly name: string) {}
  public static create<T>(name: string): ServiceKey<T> {
    return new ServiceKey<T>(name);
  }
}

type Handler<A> = (args: A) => void;

/** A minimal SPEvent: add/remove handlers bound to an observer, raise to call them. */
export class SPEvent<A> {
  private handlers: { observer: unknown; handler: Handler<A> }[] = [];
  public add(observer: unknown, handler: Handler<A>): void {
    this.handlers.push({ observer, handler });
  }
  public remove(observer: unknown, handler: Handler<A>): void {
    this.handlers = this.handlers.filter((h) => h.observer !== observer || h.handler !== handler);
  }
  public raise(args: A): void {
    for (const h of this.handlers.slice()) h.handler.call(h.observer, args);
  }
  public get count(): number {
    return this.handlers.length;
  }
}
