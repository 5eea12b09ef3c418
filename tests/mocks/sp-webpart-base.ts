/**
 * jest stand-in for @microsoft/sp-webpart-base: a BaseClientSideWebPart that a test constructs with a fake
 * context, then drives like SharePoint does (onInit, render, property pane apply, dispose).
 */
export interface WebPartContext {
  pageContext: {
    web: { absoluteUrl: string };
    user: { displayName: string; email: string; loginName: string };
    cultureInfo: { currentUICultureName: string };
  };
  serviceScope: { consume<T>(key: unknown): T };
  [key: string]: unknown;
}

export abstract class BaseClientSideWebPart<TProps extends object> {
  public readonly domElement: HTMLElement;
  public readonly context: WebPartContext;
  public properties: TProps;

  public constructor(context: WebPartContext, properties: TProps, domElement: HTMLElement) {
    this.context = context;
    this.properties = properties;
    this.domElement = domElement;
  }

  protected onInit(): Promise<void> {
    return Promise.resolve();
  }

  public abstract render(): void;

  protected onDispose(): void {
    // nothing to release in the stand-in
  }

  protected onAfterPropertyPaneChangesApplied(): void {
    // SharePoint calls this after the pane's Apply button
  }

  protected get disableReactivePropertyChanges(): boolean {
    return false;
  }

  /** Test helpers: the calls SharePoint makes. */
  public async initForTest(): Promise<void> {
    await this.onInit();
    this.render();
  }

  public applyPropertyPaneForTest(): void {
    this.onAfterPropertyPaneChangesApplied();
  }

  public disposeForTest(): void {
    this.onDispose();
  }

  public isReactiveForTest(): boolean {
    return !this.disableReactivePropertyChanges;
  }
}
