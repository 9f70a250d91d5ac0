// Type declarations for the two Cytoscape add-ons that ship none.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

declare module 'react-cytoscapejs' {
  import type { Component, CSSProperties } from 'react';
  import type cytoscape from 'cytoscape';
  import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
  type Stylesheet = cytoscape.StylesheetStyle;
  export interface CytoscapeComponentProps {
    elements: ElementDefinition[];
    stylesheet?: Stylesheet[];
    layout?: LayoutOptions;
    cy?: (cy: Core) => void;
    style?: CSSProperties;
    className?: string;
    id?: string;
    minZoom?: number;
    maxZoom?: number;
    wheelSensitivity?: number;
    boxSelectionEnabled?: boolean;
    autounselectify?: boolean;
  }
  export default class CytoscapeComponent extends Component<CytoscapeComponentProps> {}
}
