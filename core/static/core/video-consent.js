// Click to load: nothing comes from YouTube or Vimeo until the visitor asks for the video.
// Without this script the play link and the chapter links lead to the provider's page.
(function () {
  "use strict";
  if (window.carrefourVideoConsent) return; // the video block may include this file twice
  window.carrefourVideoConsent = true;

  function embedUrl(player, start) {
    var url = new URL(player.dataset.embedUrl);
    if (start > 0) {
      if (player.dataset.provider === "youtube") url.searchParams.set("start", String(start));
      else url.hash = "t=" + start + "s";
    }
    return url.toString();
  }

  function play(player, start) {
    var video = player.querySelector("video");
    if (video) {
      if (start !== null) video.currentTime = start;
      var result = video.play();
      if (result && result.catch) result.catch(function () {});
      video.focus();
      return;
    }
    if (!player.dataset.embedUrl) return;
    var screen = player.querySelector(".video-player__screen");
    var iframe = screen.querySelector("iframe");
    var src = embedUrl(player, start === null ? Number(player.dataset.start || 0) : start);
    if (!iframe) {
      iframe = document.createElement("iframe");
      iframe.className = "video-player__frame";
      iframe.title = player.dataset.playerTitle || "";
      iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      iframe.setAttribute("allow", "autoplay; fullscreen");
      iframe.setAttribute("allowfullscreen", "");
      iframe.src = src;
      screen.replaceChildren(iframe);
      player.classList.add("video-player--loaded");
    } else {
      iframe.src = src;
    }
    iframe.focus();
  }

  document.addEventListener("click", function (event) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var trigger = event.target.closest("[data-video-play], [data-video-seek]");
    if (!trigger) return;
    var seek = trigger.hasAttribute("data-video-seek");
    var player = seek
      ? document.getElementById(trigger.dataset.videoTarget)
      : trigger.closest("[data-video-player]");
    if (!player) return;
    event.preventDefault();
    play(player, seek ? Number(trigger.dataset.videoSeek) || 0 : null);
    if (seek && player.scrollIntoView) player.scrollIntoView({ block: "nearest" });
  });
})();
