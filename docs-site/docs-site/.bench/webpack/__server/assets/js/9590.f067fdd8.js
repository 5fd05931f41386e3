"use strict";
exports.ids = [9590];
exports.modules = {

/***/ 59590
(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createPieServices: () => (/* reexport safe */ _chunk_3Z5EZCMW_mjs__WEBPACK_IMPORTED_MODULE_0__.f)
/* harmony export */ });
/* harmony import */ var _chunk_3Z5EZCMW_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26041);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4954);





/***/ }

};
;