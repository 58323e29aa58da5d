// SOP Flow's Cockpit configuration (replaces the webjar's default, which only holds comments).
export default {
  // The SOP timing plugins: diagram overlay, dashboard, and the instance tab (sop/sop-plugins.js).
  customScripts: ['sop/sop-plugins']
};
