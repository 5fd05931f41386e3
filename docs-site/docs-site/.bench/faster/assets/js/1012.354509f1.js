"use strict";(self.webpackChunkenrichkit=self.webpackChunkenrichkit||[]).push([["1012"],{7567(e,t,r){r.d(t,{diagram:()=>l});var s=r(7038);r(4918),r(6755),r(1672),r(841),r(561),r(338),r(4980),r(7838),r(6865),r(8159),r(4505),r(790),r(4695),r(7580),r(4599),r(1293);var a=(0,r(6827).K)(e=>`${(0,s.tM)(e)}
  .swimlane.cluster rect {
    stroke: ${e.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,"getStyles"),l=(0,s.ur)({defaultLayout:"swimlane",styles:a})}}]);