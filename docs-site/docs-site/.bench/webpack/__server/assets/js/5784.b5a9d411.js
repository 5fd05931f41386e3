"use strict";
exports.ids = [5784];
exports.modules = {

/***/ 55784
(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRailroadPegServices: () => (/* reexport safe */ _chunk_747NJXEK_mjs__WEBPACK_IMPORTED_MODULE_0__.P)
/* harmony export */ });
/* harmony import */ var _chunk_747NJXEK_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43245);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4954);





/***/ }

};
;