"use strict";
exports.ids = [884];
exports.modules = {

/***/ 90884
(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createTreemapServices: () => (/* reexport safe */ _chunk_6K3QC6MW_mjs__WEBPACK_IMPORTED_MODULE_0__.d)
/* harmony export */ });
/* harmony import */ var _chunk_6K3QC6MW_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16527);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4954);





/***/ }

};
;