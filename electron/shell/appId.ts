/** The app's identity on Windows (taskbar, shortcuts, notifications): electron-builder.yml's appId. */
export const APP_ID = 'my.gov.jksm.kaunter-sandaran';
