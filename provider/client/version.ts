// Sent in the User-Agent; a test keeps it equal to package.json's version.
export const PACKAGE_NAME = "pulumi-megaport";
export const PACKAGE_VERSION = "0.1.0";
export const USER_AGENT = `${PACKAGE_NAME}/${PACKAGE_VERSION}`;
